package com.techladder.batch.classification;

import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The policy engine each run evaluates with. New runs use the current rules and parameters; a run being restarted,
 * replayed or compared uses the engine rebuilt from its own stored parameter snapshot, so a parameter change between
 * two restarts of one run can never mix two rule sets in it. Engines are built once and kept (a few, least recently
 * used first out): building a KieBase costs about a second. The current engine is asked of the supplier each time: it
 * changes when a new parameter version is approved (the supplier answers from a field, it builds nothing).
 */
public class RunEngines {

    private static final int KEPT = 4;

    private final Supplier<PolicyEngine> currentSupplier;
    private final Map<String, PolicyEngine> bySnapshot = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PolicyEngine> eldest) {
            return size() > KEPT;
        }
    };

    public RunEngines(Supplier<PolicyEngine> currentSupplier) {
        this.currentSupplier = currentSupplier;
    }

    /** The engine new runs use: the rules and parameters in force now. */
    public PolicyEngine current() {
        return currentSupplier.get();
    }

    /** The engine that evaluates exactly as a run whose parameter snapshot is {@code snapshot} did. */
    public PolicyEngine forSnapshot(String snapshot) {
        PolicyEngine now = current();
        if (now.parameterSnapshot().equals(snapshot)) {
            return now;
        }
        synchronized (bySnapshot) {
            return bySnapshot.computeIfAbsent(snapshot, PolicyEngines::fromSnapshot);
        }
    }
}
