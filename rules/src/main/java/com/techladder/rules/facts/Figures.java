package com.techladder.rules.facts;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import java.math.BigDecimal;

/** Small helpers the derived facts share. A null is unknown (data missing), never zero. */
final class Figures {

    private Figures() {
    }

    /** The accounting year {@code fiscalYear}; a plain loop, as this runs a dozen times per enterprise. */
    static AccountingYear yearOf(EnterpriseProfile profile, int fiscalYear) {
        for (AccountingYear y : profile.years()) {
            if (y.fiscalYear() == fiscalYear) {
                return y;
            }
        }
        return null;
    }

    static Double d(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    static Double ratio(Number numerator, Number denominator) {
        if (numerator == null || denominator == null || denominator.doubleValue() <= 0) {
            return null;
        }
        return numerator.doubleValue() / denominator.doubleValue();
    }
}
