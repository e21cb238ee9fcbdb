package com.techladder.registry.policy;

import com.techladder.rules.parameter.ParameterSet;
import java.util.Optional;

/** The parameter sets a policy simulation compares: the one in force and the one a draft would put in force. */
public interface DraftParameterSets {
    /** The parameter set that a draft would put in force: the current version with the draft's changes; empty if there is no such draft. */
    Optional<ParameterSet> draft(long draftId);

    /** The parameter set in force now (the latest approved version). */
    ParameterSet current();
}
