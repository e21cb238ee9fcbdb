package com.techladder.rules.facts;

import static com.techladder.rules.facts.Figures.d;
import static com.techladder.rules.facts.Figures.ratio;
import static com.techladder.rules.facts.Figures.yearOf;

import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;

/**
 * The figures of accounting year Y−1 ("上一会计年度 / 最近一年") and the ratios taken from them. Exists only when Y−1 is
 * on record: a rule that needs figures matches it, a rule for their absence says {@code not LatestFigures(…)}.
 */
public final class LatestFigures {

    private static final TechField[] FIELDS = TechField.values();

    private final Enterprise enterprise;
    private final AccountingYear year;
    private final Integer employees;
    private final Integer techStaff;
    private final Double revenue;
    private final Double totalIncome;
    private final Double hitechRevenue;
    private final Double totalAssets;
    private final Double totalLiabilities;
    private final Double totalCost;
    private final Double rdExpense;
    private final Double previousRdExpense;
    private final Double rdStatistical;
    private final Double previousRdStatistical;
    private final Integer ipClass1;
    private final Integer ipClass2;
    private final Integer ipTotal;

    /** The figures of Y−1 of {@code profile}, or null when that year is not on record. */
    public static LatestFigures of(Enterprise enterprise, EnterpriseProfile profile) {
        int figuresYear = enterprise.getAssessmentYear() - 1;
        AccountingYear year = yearOf(profile, figuresYear);
        return year == null ? null : new LatestFigures(enterprise, year, yearOf(profile, figuresYear - 1));
    }

    /** @param previous Y−2, for the growth of R&D (may be null) */
    private LatestFigures(Enterprise enterprise, AccountingYear year, AccountingYear previous) {
        this.enterprise = enterprise;
        this.year = year;
        employees = year.employees();
        techStaff = year.techStaff();
        revenue = d(year.revenue());
        totalIncome = d(year.totalIncome() != null ? year.totalIncome() : year.revenue());
        hitechRevenue = d(year.hitechRevenue());
        totalAssets = d(year.totalAssets());
        totalLiabilities = d(year.totalLiabilities());
        totalCost = d(year.totalCost());
        rdExpense = d(year.rdExpense());
        previousRdExpense = previous == null ? null : d(previous.rdExpense());
        rdStatistical = d(year.rdExpenditureStatistical());
        previousRdStatistical = previous == null ? null : d(previous.rdExpenditureStatistical());
        ipClass1 = year.ipClass1();
        ipClass2 = year.ipClass2();
        ipTotal = ipTotal(ipClass1, ipClass2);
    }

    /** Ⅰ类 + Ⅱ类; a single known count of at least one still proves "at least one". */
    private static Integer ipTotal(Integer c1, Integer c2) {
        if (c1 != null && c2 != null) {
            return c1 + c2;
        }
        Integer known = c1 != null ? c1 : c2;
        return known != null && known > 0 ? known : null;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** The record itself, for the yes/no columns (路径, 管理制度, 行业 …). */
    public AccountingYear getYear() {
        return year;
    }

    /** A column the CSV contract requires (职工总数, 科技人员, 销售收入, 资产总额, 研发费用) is missing. */
    public boolean isRequiredDataMissing() {
        return employees == null || techStaff == null || revenue == null || totalAssets == null || rdExpense == null;
    }

    public Integer getEmployees() {
        return employees;
    }

    public Integer getTechStaff() {
        return techStaff;
    }

    public Double getRevenue() {
        return revenue;
    }

    public Double getTotalIncome() {
        return totalIncome;
    }

    public Double getHitechRevenue() {
        return hitechRevenue;
    }

    public Double getTotalAssets() {
        return totalAssets;
    }

    public Double getTotalCost() {
        return totalCost;
    }

    public Double getRdExpense() {
        return rdExpense;
    }

    public Double getPreviousRdExpense() {
        return previousRdExpense;
    }

    /** 研发费用增长额 Y−1 over Y−2. */
    /**
     * 研发经费支出 (统计口径) of Y−1 and Y−2 are both on record: the R&D figures of the 2025 measure can be taken on
     * the statistics bureau's basis, year against year alike.
     */
    public boolean isStatisticalRdBasis() {
        return rdStatistical != null && previousRdStatistical != null;
    }

    /** 研发经费支出 (统计口径) of Y−1, 万元; null when not on record. */
    public Double getRdExpenditureStatistical() {
        return rdStatistical;
    }

    /** 研发经费支出 (统计口径) of Y−2, 万元; null when not on record. */
    public Double getPreviousRdExpenditureStatistical() {
        return previousRdStatistical;
    }

    /** Y−1 minus Y−2 of 研发经费支出 (统计口径); null unless both are on record. */
    public Double getRdStatisticalGrowth() {
        return isStatisticalRdBasis() ? rdStatistical - previousRdStatistical : null;
    }

    public Double getRdGrowth() {
        return rdExpense == null || previousRdExpense == null ? null : rdExpense - previousRdExpense;
    }

    public Integer getIpClass1() {
        return ipClass1;
    }

    public Integer getIpClass2() {
        return ipClass2;
    }

    public Integer getIpTotal() {
        return ipTotal;
    }

    /** 科技人员占比. */
    public Double getStaffRatio() {
        return ratio(techStaff, employees);
    }

    /** 研发费用 ÷ 销售收入. */
    public Double getRdSalesRatio() {
        return ratio(rdExpense, revenue);
    }

    /** 研发费用 ÷ 成本费用总额. */
    public Double getRdCostRatio() {
        return ratio(rdExpense, totalCost);
    }

    /** 高新技术产品(服务)收入 ÷ 总收入. */
    public Double getHitechShare() {
        return ratio(hitechRevenue, totalIncome);
    }

    /** 销售收入 ÷ 总收入, standing in for the share of main products. */
    public Double getMainBusinessShare() {
        return ratio(revenue, totalIncome);
    }

    /** 资产负债率. */
    public Double getDebtRatio() {
        return ratio(totalLiabilities, totalAssets);
    }

    /** 创新能力评价专家评分, when an expert panel has scored. */
    public Integer getExpertInnovationScore() {
        return year.expertInnovationScore();
    }

    /** 技术领域 name (zh-CN), null when missing or not one of the eight fields. */
    public String getTechFieldName() {
        Integer field = year.techField();
        return field == null || field < 1 || field > FIELDS.length ? null : FIELDS[field - 1].nameZh();
    }
}
