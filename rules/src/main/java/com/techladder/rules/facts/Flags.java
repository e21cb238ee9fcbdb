package com.techladder.rules.facts;

import com.techladder.rules.model.AccountingYear;
import java.util.function.Function;

/** Three-valued aggregation of a yes/no column over several accounting years. */
final class Flags {

    private Flags() {
    }

    /**
     * TRUE when any given year says yes; FALSE when every year that must be known ({@code required}) says no; null
     * when a required year is silent. Optional years (e.g. the current year, not yet reported) only count when present.
     */
    static Boolean anyTrue(Function<AccountingYear, Boolean> column, AccountingYear required, AccountingYear... optional) {
        Boolean requiredValue = required == null ? null : column.apply(required);
        if (Boolean.TRUE.equals(requiredValue)) {
            return Boolean.TRUE;
        }
        for (AccountingYear y : optional) {
            if (y != null && Boolean.TRUE.equals(column.apply(y))) {
                return Boolean.TRUE;
            }
        }
        return requiredValue == null ? null : Boolean.FALSE;
    }

    /** anyTrue over several columns: TRUE if any is TRUE, null if none TRUE but one unknown, else FALSE. */
    static Boolean any(Boolean... values) {
        boolean unknown = false;
        for (Boolean v : values) {
            if (Boolean.TRUE.equals(v)) {
                return Boolean.TRUE;
            }
            unknown |= v == null;
        }
        return unknown ? null : Boolean.FALSE;
    }
}
