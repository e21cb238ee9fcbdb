package com.techladder.sampledata;

import java.util.SplittableRandom;

/**
 * Derives each fiscal year's figures from an enterprise's {@link Traits}: the latest year as drawn, earlier years
 * back along its growth trend with a little noise. Every year keeps the contract's relations: tech staff ≤
 * employees, total income ≥ revenue, high-tech revenue ≤ total income, domestic R&D ≤ R&D, net assets = assets −
 * liabilities.
 */
final class AccountingYears {

    /** 规模以上: the statistics threshold for industrial firms, 2,000万 of main-business revenue (docs/policy/deduction-rates.md, 规上). */
    private static final long ABOVE_SCALE_REVENUE = 2_000_00;

    private AccountingYears() {
    }

    /** Years {@code firstYear} … {@code latestYear}, oldest first. */
    static YearFigures[] build(Traits t, int firstYear, int latestYear, SplittableRandom r) {
        int count = latestYear - firstYear + 1;
        YearFigures[] years = new YearFigures[count];
        for (int i = 0; i < count; i++) {
            int yearsBack = count - 1 - i;
            YearFigures year = new YearFigures(firstYear + i);
            figures(year, t, yearsBack, seriesValue(t.revenueSeriesWan, i, count), r);
            flags(year, t, yearsBack);
            years[i] = year;
        }
        if (t.zeroRevenueFirstYear && count > 1) {
            YearFigures oldest = years[0];
            oldest.revenue = 0;
            oldest.totalIncome = 0;
            oldest.hitechRevenue = 0;
            oldest.aboveScale = false;
        }
        if (!Double.isNaN(t.latestAssetsWan)) {
            YearFigures latest = years[count - 1];
            latest.totalAssets = Math.round(t.latestAssetsWan * 100);
            latest.totalLiabilities = Math.round(latest.totalAssets * t.debtRatio);
            latest.netAssets = latest.totalAssets - latest.totalLiabilities;
        }
        if (t.netAssetsSeriesWan != null) {
            for (int i = 0; i < count; i++) {
                years[i].netAssets = Math.round(seriesValue(t.netAssetsSeriesWan, i, count) * 100);
                years[i].totalLiabilities = years[i].totalAssets - years[i].netAssets;
            }
        }
        for (YearFigures year : years) {
            taxes(year, t);
        }
        if (t.sparse) {
            SparseColumns.blank(years, r);
        }
        return years;
    }

    private static double seriesValue(double[] series, int i, int count) {
        if (series == null) {
            return Double.NaN;
        }
        return series[series.length - count + i];
    }

    private static void figures(YearFigures y, Traits t, int yearsBack, double seriesRevenueWan, SplittableRandom r) {
        double trend = StrictMath.pow(1 + t.growth, -yearsBack);
        double noise = t.exactFigures || yearsBack == 0 ? 1 : Draw.between(r, 0.96, 1.04);
        double revenueWan;
        if (!Double.isNaN(seriesRevenueWan)) {
            revenueWan = seriesRevenueWan;
        } else if (yearsBack == 0) {
            revenueWan = t.revenueWan;
        } else if (t.exactFigures) {
            revenueWan = Math.max(100, Math.round(t.revenueWan * trend / 100) * 100);
        } else {
            revenueWan = t.revenueWan * trend * noise;
        }
        y.revenue = Math.round(revenueWan * 100);

        y.employees = yearsBack == 0 || t.exactFigures
                ? t.employees
                : (int) Math.max(1, Math.round(t.employees * StrictMath.pow(1 + t.growth / 2, -yearsBack)));
        double staffNoise = yearsBack == 0 || t.exactFigures ? 1 : Draw.between(r, 0.9, 1.1);
        y.techStaff = (int) Math.min(y.employees, Math.round(y.employees * t.staffRatio * staffNoise));

        boolean incomeBeyondSales = !t.exactFigures && Draw.chance(r, 0.8);
        y.totalIncome = incomeBeyondSales ? y.revenue + Math.round(y.revenue * Draw.between(r, 0.0, 0.05)) : y.revenue;
        y.hitechRevenue = Math.min(y.totalIncome, Math.round(y.totalIncome * t.hitechShare));

        y.totalAssets = Math.round(y.revenue * t.assetRatio);
        y.totalLiabilities = Math.round(y.totalAssets * t.debtRatio);
        y.netAssets = y.totalAssets - y.totalLiabilities;
        y.totalCost = Math.round(y.revenue * t.costRatio);

        double rdNoise = t.exactFigures || yearsBack == 0 ? 1 : Draw.between(r, 0.97, 1.08);
        y.rdExpense = Math.round(y.revenue * t.rdRatio * rdNoise);
        y.rdExpenseDomestic = Math.min(y.rdExpense, Math.round(y.rdExpense * t.domesticShare));

        int fewer = t.exactFigures ? 0 : yearsBack;
        y.ipClass1 = Math.max(0, t.ipClass1 - (fewer > 0 && t.ipClass1 > 1 ? fewer : 0));
        y.ipClass2 = Math.max(0, t.ipClass2 - fewer);
        y.techConversions = Math.max(0, t.techConversions - fewer * 2);
        y.expertInnovationScore = yearsBack == 0 ? t.expertScore : YearFigures.MISSING_COUNT;
        y.aboveScale = y.revenue >= ABOVE_SCALE_REVENUE;
    }

    private static void flags(YearFigures y, Traits t, int yearsBack) {
        y.techField = t.techField;
        y.ipSelfDeveloped = t.ipSelfDeveloped;
        y.rdMgmtSystem = t.managementSystems;
        y.rdInstitution = t.rdInstitution || t.managementSystems;
        y.conversionIncentives = t.managementSystems;
        y.talentSystem = t.managementSystems;
        y.provincialRdInstitution = t.provincialRdInstitution;
        y.nationalAwardTop3 = t.nationalAwardTop3;
        y.ledStandard = t.ledStandard;
        y.softwareIndustry = t.softwareIndustry;
        y.auditedTaxMethod = t.auditedTaxMethod;
        y.restrictedIndustry = t.restrictedIndustry;
        y.majorSafetyIncident = false;
        y.majorQualityIncident = false;
        y.seriousEnvViolation = false;
        y.researchMisconduct = false;
        y.seriousFraud = false;
        y.abnormalOperationList = false;
        y.seriousDishonestyList = false;
        if (yearsBack == 0 && t.exclusion != null) {
            t.exclusion.setOn(y);
        }
    }

    /**
     * 加计扣除额 = R&D × the year's rate (75% before 2023, 100% from 2023 — docs/policy/deduction-rates.md; 科小 had 100% from 2022,
     * ignored here); 应纳所得税 = 15% (高企) or 25% of a positive profit.
     */
    private static void taxes(YearFigures y, Traits t) {
        if (!t.taxData) {
            return;
        }
        y.rdSuperDeduction = Math.round(y.rdExpense * (y.fiscalYear >= 2023 ? 1.0 : 0.75));
        long profit = y.totalIncome - y.totalCost - y.rdSuperDeduction;
        y.incomeTaxPayable = profit <= 0 ? 0 : Math.round(profit * (t.nationalHte ? 0.15 : 0.25));
    }
}
