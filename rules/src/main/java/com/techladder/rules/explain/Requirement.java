package com.techladder.rules.explain;

/** The (comparison, unit) pair a requirement text is formatted with; one shared instance per pair, compared by identity. */
final class Requirement {

    private static final Requirement[][] ALL = new Requirement[Comparison.values().length][Unit.values().length];

    static {
        for (Comparison c : Comparison.values()) {
            for (Unit u : Unit.values()) {
                ALL[c.ordinal()][u.ordinal()] = new Requirement();
            }
        }
    }

    private Requirement() {
    }

    static Requirement of(Comparison comparison, Unit unit) {
        return ALL[comparison.ordinal()][unit.ordinal()];
    }
}
