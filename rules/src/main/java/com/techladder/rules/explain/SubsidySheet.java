package com.techladder.rules.explain;

import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The work sheet of one subsidy for one enterprise: eligibility, amount in 万元 and how it was computed. */
public final class SubsidySheet {

    /** Most sheets pay nothing: their amount is this one value, not a BigDecimal parsed from a double each time. */
    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2, RoundingMode.HALF_UP);

    private final SubsidyProgramme programme;
    private boolean eligible;
    private double amount;
    private boolean provisional;
    private boolean undetermined;
    private double incrementPart;
    /** Sized for a typical explanation (two or three steps and the source): growing them copies them, per enterprise. */
    private final StringBuilder basis = new StringBuilder(128);
    private final StringBuilder basisEn = new StringBuilder(256);

    public SubsidySheet(SubsidyProgramme programme) {
        this.programme = programme;
    }

    /** Eligible for {@code amountWan} 万元. */
    public void grant(double amountWan) {
        eligible = amountWan > 0;
        amount = Math.max(0, amountWan);
    }

    /** Eligible for {@code baseWan} plus {@code incrementWan} paid on the growth of R&D (kept apart for 就高不重复). */
    public void grant(double baseWan, double incrementWan) {
        grant(baseWan + incrementWan);
        incrementPart = Math.max(0, incrementWan);
    }

    /** The part of the amount paid on the growth of R&D. */
    public double getIncrementPart() {
        return incrementPart;
    }

    /** Pays the growth part elsewhere (就高不重复): the amount loses it. */
    public void dropIncrement() {
        grant(amount - incrementPart);
        incrementPart = 0;
    }

    /** A fact the subsidy depends on is unknown: no amount, and the result says 待核实 rather than "no". */
    public void undetermined(String zh, String en) {
        grant(0);
        undetermined = true;
        explain("待核实: " + zh, "To verify: " + en);
    }

    public void markProvisional() {
        provisional = true;
    }

    /** Appends one step of the explanation, zh-CN and English. */
    public void explain(String zh, String en) {
        if (basis.length() > 0) {
            basis.append("；");
            basisEn.append("; ");
        }
        basis.append(zh);
        basisEn.append(en);
    }

    public boolean isEligible() {
        return eligible;
    }

    public double getAmount() {
        return amount;
    }

    public SubsidyResult toResult() {
        BigDecimal paid = amount == 0 ? NOTHING : BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
        return new SubsidyResult(programme, eligible, paid,
                provisional, basis.toString(), basisEn.toString(), undetermined);
    }
}
