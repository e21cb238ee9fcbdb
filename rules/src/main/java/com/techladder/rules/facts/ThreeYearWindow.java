package com.techladder.rules.facts;

import static com.techladder.rules.facts.Figures.ratio;
import static com.techladder.rules.facts.Figures.yearOf;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import java.time.LocalDate;

/**
 * 近三个会计年度: totals over Y−3..Y−1, or over the actual operating years of a younger firm (国科发火〔2016〕32号
 * 第十一条(五) "实际经营期不满三年的按实际经营时间计算").
 */
public final class ThreeYearWindow {

    private final Enterprise enterprise;
    private final int operatingYears;
    private final Double rdWindow;
    private final Double revenueWindow;
    private final Double rdDomesticWindow;
    private final Double conversionsPerYear;

    public ThreeYearWindow(Enterprise enterprise, EnterpriseProfile profile, int windowYears) {
        this.enterprise = enterprise;
        int figuresYear = enterprise.getAssessmentYear() - 1;
        int firstWindowYear = figuresYear - windowYears + 1;
        LocalDate established = profile.establishedOn();
        if (established != null && established.getYear() > firstWindowYear) {
            firstWindowYear = established.getYear();
        }
        operatingYears = Math.max(0, figuresYear - firstWindowYear + 1);
        double rd = 0;
        double rev = 0;
        double domestic = 0;
        boolean complete = operatingYears > 0;
        boolean domesticComplete = true;
        for (int fy = firstWindowYear; fy <= figuresYear; fy++) {
            AccountingYear w = yearOf(profile, fy);
            if (w == null || w.rdExpense() == null || w.revenue() == null) {
                complete = false;
                continue;
            }
            rd += w.rdExpense().doubleValue();
            rev += w.revenue().doubleValue();
            if (w.rdExpenseDomestic() == null) {
                domesticComplete = false;
            } else {
                domestic += w.rdExpenseDomestic().doubleValue();
            }
        }
        rdWindow = complete ? rd : null;
        revenueWindow = complete ? rev : null;
        rdDomesticWindow = complete && domesticComplete ? domestic : null;
        AccountingYear latest = yearOf(profile, figuresYear);
        conversionsPerYear = latest == null || latest.techConversions() == null || operatingYears == 0 ? null
                : latest.techConversions() / (double) Math.min(operatingYears, windowYears);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** Accounting years of the window in which the firm existed (1–3; fewer for a young firm). */
    public int getOperatingYears() {
        return operatingYears;
    }

    public Double getRdWindow() {
        return rdWindow;
    }

    public Double getRevenueWindow() {
        return revenueWindow;
    }

    /** 近三年研发费用总额 ÷ 同期销售收入总额. */
    public Double getRdWindowRatio() {
        return ratio(rdWindow, revenueWindow);
    }

    /** 近三年境内研发费用 ÷ 全部研发费用. */
    public Double getDomesticRdShare() {
        return ratio(rdDomesticWindow, rdWindow);
    }

    /** 科技成果年均转化数. */
    public Double getConversionsPerYear() {
        return conversionsPerYear;
    }
}
