package com.techladder.registry.policy.simulation;

import com.techladder.registry.policy.DraftParameterSets;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import java.util.Optional;

/**
 * The parameter sets when the application has no policy drafts (no {@link DraftParameterSets} bean): the parameter
 * files shipped in this build are in force and no draft exists. Not a bean, so that the drafts' own implementation is
 * the only one when it is there.
 */
final class ShippedParameterSets implements DraftParameterSets {

    static final ShippedParameterSets INSTANCE = new ShippedParameterSets();

    private final ParameterSet shipped = ParameterFiles.load();

    private ShippedParameterSets() {
    }

    @Override
    public Optional<ParameterSet> draft(long draftId) {
        return Optional.empty();
    }

    @Override
    public ParameterSet current() {
        return shipped;
    }
}
