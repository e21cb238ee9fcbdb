package com.techladder.batch.simulation;

import java.math.BigDecimal;

/**
 * One difference a draft makes to one enterprise: a programme's outcome or a subsidy's amount, with the criterion
 * that made it (for a programme: the first criterion whose result, points or limit differs; for a subsidy: its
 * programme's criterion when a verdict changed, else none — the amount follows a rate, cap or segment of the subsidy).
 *
 * @param kind         PROGRAMME or SUBSIDY
 * @param item         the programme or subsidy code
 * @param before       the baseline outcome (programme); null for a subsidy
 * @param amountBefore the baseline amount in 万元 (subsidy); null for a programme
 */
public record ChangedItem(String uscc, String name, String district, Kind kind, String item, String before,
        String after, BigDecimal amountBefore, BigDecimal amountAfter, String criterion, String criterionZh,
        String criterionEn) {

    public enum Kind {
        PROGRAMME, SUBSIDY
    }
}
