package com.techladder.rules.facts;

/**
 * 企业成长性 growth rate (国科发火〔2016〕195号; edge rules 🟡 docs/policy/national-hte.md): the mean of the two yearly ratios minus one,
 * over the year-end values v1, v2, v3 of the last three accounting years.
 */
final class GrowthRate {

    private GrowthRate() {
    }

    /**
     * @param operatingYears accounting years the firm has operated within the window (1–3)
     * @return the rate; 0 where the rules give no points (one year of operation, a zero or negative base); null when a
     *         needed value is missing
     */
    static Double of(Double v1, Double v2, Double v3, int operatingYears) {
        if (operatingYears <= 1) {
            return 0.0;
        }
        if (v3 == null || v2 == null) {
            return null;
        }
        if (v2 <= 0) {
            return 0.0;
        }
        if (operatingYears == 2) {
            return v3 / v2 - 1;
        }
        if (v1 == null) {
            return null;
        }
        if (v1 == 0) {
            // 第一年末为 0: computed on the last two years only
            return v3 / v2 - 1;
        }
        if (v1 < 0) {
            return 0.0;
        }
        return (v2 / v1 + v3 / v2) / 2 - 1;
    }
}
