package com.techladder.sampledata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A deliberately plain reading of docs/policy/tech-sme.md, national-hte.md and little-giant.md for assessment year = latest fiscal year + 1, used only
 * to show that the committed sample reaches every rung; the real rules live in the rules module.
 */
final class LadderCheck {

    private static final List<String> INTEGRITY_FLAGS = List.of(
            "major_safety_incident", "major_quality_incident", "serious_env_violation", "research_misconduct",
            "serious_fraud", "abnormal_operation_list", "serious_dishonesty_list");
    private static final BigDecimal LIMIT_20000 = new BigDecimal("20000");

    private LadderCheck() {
    }

    /** 科小 conditions 1–4 (size, 查账征收, industry, integrity). */
    static boolean techSmeConditions(SampleEnterprise e) {
        BigDecimal revenue = e.amount("revenue");
        BigDecimal assets = e.amount("total_assets");
        return e.count("employees") <= 500 && revenue.compareTo(LIMIT_20000) <= 0
                && assets.compareTo(LIMIT_20000) <= 0 && e.flag("audited_tax_method")
                && "false".equals(e.text("restricted_industry"))
                && INTEGRITY_FLAGS.stream().allMatch(flag -> "false".equals(e.text(flag)));
    }

    static int staffPoints(SampleEnterprise e) {
        return band(e.staffRatio(), new double[] {0.30, 0.25, 0.20, 0.15, 0.10}, new int[] {20, 16, 12, 8, 4});
    }

    static int techSmeScore(SampleEnterprise e) {
        BigDecimal bySales = SampleEnterprise.ratio(e.amount("rd_expense"), e.amount("revenue"));
        BigDecimal byCost = SampleEnterprise.ratio(e.amount("rd_expense"), e.amount("total_cost"));
        int rd = Math.max(
                band(bySales, new double[] {0.06, 0.05, 0.04, 0.03, 0.02}, new int[] {50, 40, 30, 20, 10}),
                band(byCost, new double[] {0.30, 0.25, 0.20, 0.15, 0.10}, new int[] {50, 40, 30, 20, 10}));
        int ip;
        int class2 = e.count("ip_class2");
        if (e.count("ip_class1") >= 1) {
            ip = 30;
        } else {
            ip = class2 >= 4 ? 24 : class2 * 6;
        }
        return staffPoints(e) + rd + ip;
    }

    static boolean techSmeByScore(SampleEnterprise e) {
        return techSmeConditions(e) && staffPoints(e) > 0 && techSmeScore(e) >= 60;
    }

    /** 高企, the eight conditions, counting condition 7 only when an expert score is given. */
    static boolean nationalHte(SampleEnterprise e, LocalDate assessmentDay) {
        BigDecimal latestRevenue = e.amount("revenue");
        double band = latestRevenue.doubleValue() <= 5000 ? 0.05 : latestRevenue.doubleValue() <= 20000 ? 0.04 : 0.03;
        BigDecimal rdShare = SampleEnterprise.ratio(e.sum("rd_expense"), e.sum("revenue"));
        BigDecimal domesticShare = SampleEnterprise.ratio(e.sum("rd_expense_domestic"), e.sum("rd_expense"));
        BigDecimal totalIncome = e.amount("total_income") != null ? e.amount("total_income") : latestRevenue;
        BigDecimal hitechShare = SampleEnterprise.ratio(e.amount("hitech_revenue"), totalIncome);
        boolean noIncident = "false".equals(e.text("major_safety_incident"))
                && "false".equals(e.text("major_quality_incident"))
                && "false".equals(e.text("serious_env_violation"));
        return !e.establishedOn().plusDays(365).isAfter(assessmentDay)
                && e.count("ip_class1") + e.count("ip_class2") >= 1
                && !e.text("tech_field").isEmpty()
                && e.staffRatio().doubleValue() >= 0.10
                && rdShare != null && rdShare.doubleValue() >= band
                && domesticShare != null && domesticShare.doubleValue() >= 0.60
                && hitechShare != null && hitechShare.doubleValue() >= 0.60
                && e.count("expert_innovation_score") > 70
                && noIncident;
    }

    /** 科技小巨人 (闽科企〔2023〕1号): the numeric entry criteria. */
    static boolean littleGiant(SampleEnterprise e) {
        // the average yearly R&D over the average yearly sales is the ratio of the totals
        BigDecimal averageRdShare = SampleEnterprise.ratio(e.sum("rd_expense"), e.sum("revenue"));
        double threshold = e.flag("software_industry") ? 0.05 : 0.03;
        BigDecimal debt = SampleEnterprise.ratio(e.amount("total_liabilities"), e.amount("total_assets"));
        return e.amount("revenue").doubleValue() >= 2000
                && averageRdShare != null && averageRdShare.doubleValue() >= threshold
                && e.staffRatio().doubleValue() >= 0.10
                && e.flag("rd_institution")
                && e.count("ip_class1") + e.count("ip_class2") >= 1
                && debt != null && debt.doubleValue() <= 0.70
                && e.establishedOn().isBefore(LocalDate.of(2020, 1, 1));
    }

    private static int band(BigDecimal ratio, double[] lowerBounds, int[] points) {
        if (ratio == null) {
            return 0;
        }
        for (int i = 0; i < lowerBounds.length; i++) {
            if (ratio.compareTo(BigDecimal.valueOf(lowerBounds[i])) >= 0) {
                return points[i];
            }
        }
        return 0;
    }
}
