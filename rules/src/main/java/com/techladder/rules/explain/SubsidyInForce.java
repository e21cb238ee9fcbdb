package com.techladder.rules.explain;

/**
 * A subsidy catalogue entry that applies in the assessment year evaluated: its parameter has a value in force then. One
 * fact per such entry and evaluation, so a subsidy rule says in its {@code when} from when it applies:
 * {@code SubsidyInForce( criterion == SubsidyCriterion.RD_GROWTH_GRANT_AMOUNT )}.
 */
public final class SubsidyInForce {

    private final SubsidyCriterion criterion;

    public SubsidyInForce(SubsidyCriterion criterion) {
        this.criterion = criterion;
    }

    public SubsidyCriterion getCriterion() {
        return criterion;
    }

    @Override
    public String toString() {
        return "SubsidyInForce(" + criterion + ")";
    }
}
