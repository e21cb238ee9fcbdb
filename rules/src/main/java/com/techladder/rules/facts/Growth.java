package com.techladder.rules.facts;

import static com.techladder.rules.facts.Figures.d;
import static com.techladder.rules.facts.Figures.yearOf;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;

/** 企业成长性: the growth rates of net assets and of sales revenue over the window ({@link GrowthRate}). */
public final class Growth {

    private final Enterprise enterprise;
    private final Double netAssetGrowth;
    private final Double revenueGrowth;

    public Growth(Enterprise enterprise, EnterpriseProfile profile, int operatingYears) {
        this.enterprise = enterprise;
        int figuresYear = enterprise.getAssessmentYear() - 1;
        AccountingYear latest = yearOf(profile, figuresYear);
        AccountingYear previous = yearOf(profile, figuresYear - 1);
        AccountingYear first = yearOf(profile, figuresYear - 2);
        netAssetGrowth = GrowthRate.of(netAssets(first), netAssets(previous), netAssets(latest), operatingYears);
        revenueGrowth = GrowthRate.of(revenue(first), revenue(previous), revenue(latest), operatingYears);
    }

    private static Double revenue(AccountingYear y) {
        return y == null ? null : d(y.revenue());
    }

    private static Double netAssets(AccountingYear y) {
        if (y == null) {
            return null;
        }
        if (y.netAssets() != null) {
            return y.netAssets().doubleValue();
        }
        return y.totalAssets() == null || y.totalLiabilities() == null ? null
                : y.totalAssets().doubleValue() - y.totalLiabilities().doubleValue();
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Double getNetAssetGrowth() {
        return netAssetGrowth;
    }

    public Double getRevenueGrowth() {
        return revenueGrowth;
    }
}
