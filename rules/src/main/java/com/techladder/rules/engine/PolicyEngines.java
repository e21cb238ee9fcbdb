package com.techladder.rules.engine;

import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;

/** Where engines come from. Engines are immutable and thread-safe; share them. */
public final class PolicyEngines {

    private static final class Standard {
        static final PolicyEngine ENGINE = of(ParameterFiles.load());
    }

    private PolicyEngines() {
    }

    /** The engine with the parameter files shipped in this build (current parameters). */
    public static PolicyEngine standard() {
        return Standard.ENGINE;
    }

    /**
     * An engine with exactly the parameter values of an earlier {@link PolicyEngine#parameterSnapshot()}, reporting the
     * ruleset version it had: for replaying an old run after the parameter files changed.
     */
    public static PolicyEngine fromSnapshot(String parameterSnapshotJson) {
        return ParameterSnapshot.read(parameterSnapshotJson);
    }

    /** An engine with the given parameter values (tests, what-if analyses). */
    public static PolicyEngine of(ParameterSet parameters) {
        return new DroolsPolicyEngine(parameters, RulesetVersion.of(parameters));
    }
}
