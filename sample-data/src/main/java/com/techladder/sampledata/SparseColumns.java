package com.techladder.sampledata;

import java.util.SplittableRandom;

/**
 * Leaves optional columns empty for the "missing optional data" enterprises — the same columns in every year, as an
 * Excel sheet without those columns filled would. Missing is not zero: results that need them become 待核实.
 */
final class SparseColumns {

    private SparseColumns() {
    }

    static void blank(YearFigures[] years, SplittableRandom r) {
        boolean totalIncome = Draw.chance(r, 0.5);
        boolean hitech = Draw.chance(r, 0.5);
        boolean balanceSheet = Draw.chance(r, 0.4);
        boolean cost = Draw.chance(r, 0.5);
        boolean domestic = Draw.chance(r, 0.5);
        boolean ip = Draw.chance(r, 0.5);
        boolean field = Draw.chance(r, 0.5);
        boolean management = Draw.chance(r, 0.5);
        boolean integrity = Draw.chance(r, 0.3);
        for (YearFigures y : years) {
            if (totalIncome) {
                y.totalIncome = YearFigures.MISSING;
                // missing total income counts as revenue: keep high-tech revenue within it
                if (y.hitechRevenue != YearFigures.MISSING) {
                    y.hitechRevenue = Math.min(y.hitechRevenue, y.revenue);
                }
            }
            if (hitech) {
                y.hitechRevenue = YearFigures.MISSING;
            }
            if (balanceSheet) {
                y.totalLiabilities = YearFigures.MISSING;
                y.netAssets = YearFigures.MISSING;
            }
            if (cost) {
                y.totalCost = YearFigures.MISSING;
            }
            if (domestic) {
                y.rdExpenseDomestic = YearFigures.MISSING;
            }
            if (ip) {
                y.ipClass1 = YearFigures.MISSING_COUNT;
                y.ipClass2 = YearFigures.MISSING_COUNT;
                y.ipSelfDeveloped = null;
            }
            if (field) {
                y.techField = YearFigures.MISSING_COUNT;
                y.techConversions = YearFigures.MISSING_COUNT;
            }
            if (management) {
                y.rdMgmtSystem = null;
                y.rdInstitution = null;
                y.conversionIncentives = null;
                y.talentSystem = null;
                y.auditedTaxMethod = null;
            }
            if (integrity) {
                y.majorSafetyIncident = null;
                y.majorQualityIncident = null;
                y.seriousEnvViolation = null;
                y.researchMisconduct = null;
                y.seriousFraud = null;
                y.abnormalOperationList = null;
                y.seriousDishonestyList = null;
                y.restrictedIndustry = null;
            }
        }
    }
}
