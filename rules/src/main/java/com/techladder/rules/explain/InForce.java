package com.techladder.rules.explain;

/**
 * A criterion that applies in the assessment year evaluated: its parameter has a value in force then. One fact per such
 * criterion and evaluation, so a dated rule says when it applies in its {@code when}: {@code InForce( criterion ==
 * Criterion.TECH_SME_FRAUD )}.
 */
public final class InForce {

    private final Criterion criterion;

    public InForce(Criterion criterion) {
        this.criterion = criterion;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    @Override
    public String toString() {
        return "InForce(" + criterion + ")";
    }
}
