package com.techladder.rules.facts;

import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Derived classification facts of one enterprise as of an assessment year Y: the figures of accounting year Y−1
 * ("当年/最近一年"), three-year totals over Y−3..Y−1 (or the actual operating years of a younger firm), ratios, ages,
 * growth rates and certificate status. Computed in plain Java before the rules see them, so that the rules hold only
 * decisions. A null is unknown (data missing), never zero.
 */
public final class EnterpriseFacts {

    private static final TechField[] FIELDS = TechField.values();

    private final int assessmentYear;
    private final AccountingYear latest;
    private final AccountingYear previous;
    private final AccountingYear current;

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
    private final Integer ipClass1;
    private final Integer ipClass2;
    private final Integer ipTotal;
    private final boolean requiredDataMissing;

    private final Long ageDays;
    private final LocalDate establishedOn;
    private final int operatingYears;
    private final boolean windowComplete;
    private final Double rdWindow;
    private final Double revenueWindow;
    private final Double rdDomesticWindow;
    private final Double netAssetGrowth;
    private final Double revenueGrowth;
    private final Double conversionsPerYear;

    private final Boolean incidents;
    private final Boolean integrityBreach;
    private final Boolean fraudRecently;
    private final Boolean fraudPriorOrCurrentYear;
    private final OneStrike oneStrike;

    private final Tier certifiedTier;
    private final ReferenceDays referenceDays;
    private final Long provincialHteAgeDays;
    private final boolean nationalHteCertified;
    private final boolean nationalHteCertifiedForTechSme;
    private final boolean nationalHteHeldInFiguresYear;
    private final boolean littleGiantCertified;
    private final boolean nationalHteRecognisedThisYear;
    private final boolean nationalHteRenewal;
    private final boolean techSmeRevokedThisYear;
    private final Boolean inHitechZone;
    private final boolean provincialHteEnteredThisYear;
    private final boolean nationalHteFromProvincialPool;

    public EnterpriseFacts(EnterpriseProfile profile, int assessmentYear, ReferenceDays referenceDays, int windowYears,
            int fraudBanYears) {
        this.assessmentYear = assessmentYear;
        this.referenceDays = referenceDays;
        int figuresYear = assessmentYear - 1;
        this.latest = yearOf(profile, figuresYear);
        this.previous = yearOf(profile, figuresYear - 1);
        this.current = yearOf(profile, assessmentYear);
        AccountingYear y = latest;

        employees = y == null ? null : y.employees();
        techStaff = y == null ? null : y.techStaff();
        revenue = y == null ? null : d(y.revenue());
        totalIncome = y == null ? null : d(y.totalIncome() != null ? y.totalIncome() : y.revenue());
        hitechRevenue = y == null ? null : d(y.hitechRevenue());
        totalAssets = y == null ? null : d(y.totalAssets());
        totalLiabilities = y == null ? null : d(y.totalLiabilities());
        totalCost = y == null ? null : d(y.totalCost());
        rdExpense = y == null ? null : d(y.rdExpense());
        previousRdExpense = previous == null ? null : d(previous.rdExpense());
        ipClass1 = y == null ? null : y.ipClass1();
        ipClass2 = y == null ? null : y.ipClass2();
        ipTotal = ipTotal(ipClass1, ipClass2);
        requiredDataMissing = y == null || employees == null || techStaff == null || revenue == null
                || totalAssets == null || rdExpense == null;

        LocalDate established = profile.establishedOn();
        LocalDate hteDay = referenceDays.of(Programme.NATIONAL_HTE);
        ageDays = daysRegistered(established, hteDay);
        provincialHteAgeDays = daysRegistered(established, referenceDays.of(Programme.PROVINCIAL_HTE));
        establishedOn = established;

        // 近三个会计年度; 实际经营期不满三年的按实际经营时间计算 (国科发火〔2016〕32号 第十一条(五))
        int firstWindowYear = figuresYear - windowYears + 1;
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
        windowComplete = complete;
        rdWindow = complete ? rd : null;
        revenueWindow = complete ? rev : null;
        rdDomesticWindow = complete && domesticComplete ? domestic : null;

        AccountingYear first = yearOf(profile, figuresYear - 2);
        netAssetGrowth = GrowthRate.of(netAssets(first), netAssets(previous), netAssets(latest), operatingYears);
        revenueGrowth = GrowthRate.of(first == null ? null : d(first.revenue()),
                previous == null ? null : d(previous.revenue()), revenue, operatingYears);
        conversionsPerYear = y == null || y.techConversions() == null || operatingYears == 0 ? null
                : y.techConversions() / (double) Math.min(operatingYears, windowYears);

        incidents = Flags.any(
                Flags.anyTrue(AccountingYear::majorSafetyIncident, latest, current),
                Flags.anyTrue(AccountingYear::majorQualityIncident, latest, current),
                Flags.anyTrue(AccountingYear::seriousEnvViolation, latest, current));
        integrityBreach = Flags.any(incidents,
                Flags.anyTrue(AccountingYear::researchMisconduct, latest, current),
                Flags.anyTrue(AccountingYear::abnormalOperationList, latest, current),
                Flags.anyTrue(AccountingYear::seriousDishonestyList, latest, current));
        oneStrike = OneStrike.of(incidents, latest, current);
        AccountingYear[] banWindow = new AccountingYear[Math.max(0, fraudBanYears) + 1];
        for (int i = 0; i < banWindow.length - 1; i++) {
            banWindow[i] = yearOf(profile, figuresYear - 1 - i);
        }
        banWindow[banWindow.length - 1] = current;
        fraudRecently = Flags.anyTrue(AccountingYear::seriousFraud, latest, banWindow);
        fraudPriorOrCurrentYear = Flags.anyTrue(AccountingYear::seriousFraud, latest, current);

        certifiedTier = profile.certifiedTierOn(hteDay);
        LocalDate techSmeDay = referenceDays.of(Programme.TECH_SME);
        LocalDate giantDay = referenceDays.of(Programme.LITTLE_GIANT);
        boolean hte = false;
        boolean hteForTechSme = false;
        boolean hteInFiguresYear = false;
        boolean giant = false;
        boolean recognised = false;
        boolean renewal = false;
        boolean smeRevoked = false;
        for (CertificateRecord c : profile.certificates()) {
            if (c.programme() == Programme.NATIONAL_HTE) {
                hte |= c.isValidOn(hteDay);
                hteForTechSme |= c.isValidOn(techSmeDay);
                hteInFiguresYear |= c.isValidDuring(figuresYear);
                if (c.issuedOn().getYear() == assessmentYear && !c.revoked()) {
                    recognised = true;
                    renewal |= profile.certificates().stream().anyMatch(o -> o.programme() == Programme.NATIONAL_HTE
                            && o.issuedOn().isBefore(c.issuedOn()));
                }
            } else if (c.programme() == Programme.LITTLE_GIANT) {
                giant |= c.isValidOn(giantDay);
            } else if (c.programme() == Programme.TECH_SME && c.revoked() && c.revokedOn() != null) {
                smeRevoked |= c.revokedOn().getYear() == assessmentYear;
            }
        }
        nationalHteCertified = hte;
        nationalHteCertifiedForTechSme = hteForTechSme;
        nationalHteHeldInFiguresYear = hteInFiguresYear;
        littleGiantCertified = giant;
        nationalHteRecognisedThisYear = recognised;
        nationalHteRenewal = renewal;
        techSmeRevokedThisYear = smeRevoked;
        inHitechZone = profile.inHitechZone();
        provincialHteEnteredThisYear = provincialEntryIn(profile, assessmentYear);
        nationalHteFromProvincialPool = recognised && !renewal && provincialEntryBefore(profile, assessmentYear);
    }

    /** A 省高企 入库 of {@code year}, not revoked. */
    private static boolean provincialEntryIn(EnterpriseProfile profile, int year) {
        return profile.certificates().stream().anyMatch(c -> c.programme() == Programme.PROVINCIAL_HTE && !c.revoked()
                && c.issuedOn().getYear() == year);
    }

    /** A 省高企 入库 before {@code year}: a 国高 recognised in that year leaves the provincial 培育库 (出库). */
    private static boolean provincialEntryBefore(EnterpriseProfile profile, int year) {
        return profile.certificates().stream().anyMatch(c -> c.programme() == Programme.PROVINCIAL_HTE
                && c.issuedOn().getYear() < year);
    }

    /** The accounting year {@code fiscalYear}; a plain loop, as this runs a dozen times per enterprise. */
    private static AccountingYear yearOf(EnterpriseProfile profile, int fiscalYear) {
        for (AccountingYear y : profile.years()) {
            if (y.fiscalYear() == fiscalYear) {
                return y;
            }
        }
        return null;
    }

    /** Days registered on {@code day}, counting both ends; null when the registration day is unknown. */
    private static Long daysRegistered(LocalDate established, LocalDate day) {
        return established == null ? null : ChronoUnit.DAYS.between(established, day) + 1;
    }

    private static Double d(BigDecimal v) {
        return v == null ? null : v.doubleValue();
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

    /** Ⅰ类 + Ⅱ类; a single known count of at least one still proves "at least one". */
    private static Integer ipTotal(Integer c1, Integer c2) {
        if (c1 != null && c2 != null) {
            return c1 + c2;
        }
        Integer known = c1 != null ? c1 : c2;
        return known != null && known > 0 ? known : null;
    }

    private static Double ratio(Number numerator, Number denominator) {
        if (numerator == null || denominator == null || denominator.doubleValue() <= 0) {
            return null;
        }
        return numerator.doubleValue() / denominator.doubleValue();
    }

    public int getAssessmentYear() {
        return assessmentYear;
    }

    /** The accounting year Y−1 is on record. */
    public boolean isFiguresPresent() {
        return latest != null;
    }

    /** A column the CSV contract requires (职工总数, 科技人员, 销售收入, 资产总额, 研发费用) is missing for Y−1. */
    public boolean isRequiredDataMissing() {
        return requiredDataMissing;
    }

    public AccountingYear getLatest() {
        return latest;
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

    /** 研发费用 ÷ 销售收入 (Y−1). */
    public Double getRdSalesRatio() {
        return ratio(rdExpense, revenue);
    }

    /** 研发费用 ÷ 成本费用总额 (Y−1). */
    public Double getRdCostRatio() {
        return ratio(rdExpense, totalCost);
    }

    /** 高新技术产品(服务)收入 ÷ 总收入 (Y−1). */
    public Double getHitechShare() {
        return ratio(hitechRevenue, totalIncome);
    }

    /** 销售收入 ÷ 总收入 (Y−1), standing in for the share of main products. */
    public Double getMainBusinessShare() {
        return ratio(revenue, totalIncome);
    }

    /** 资产负债率. */
    public Double getDebtRatio() {
        return ratio(totalLiabilities, totalAssets);
    }

    /** The days the day-dependent criteria are judged on, one per programme. */
    public ReferenceDays getReferenceDays() {
        return referenceDays;
    }

    /** Days registered on the 国家高企 reference day, counting both ends (条件1 "申请认定时"). */
    public Long getAgeDays() {
        return ageDays;
    }

    /** Days registered on the 省高企 reference day, counting both ends (在闽注册成立满一年以上). */
    public Long getProvincialHteAgeDays() {
        return provincialHteAgeDays;
    }


    /** 注册成立日期; null when unknown. */
    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    /** Accounting years of the three-year window in which the firm existed (1–3; fewer for a young firm). */
    public int getOperatingYears() {
        return operatingYears;
    }

    public boolean isWindowComplete() {
        return windowComplete;
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

    public Double getNetAssetGrowth() {
        return netAssetGrowth;
    }

    public Double getRevenueGrowth() {
        return revenueGrowth;
    }

    /** 科技成果年均转化数. */
    public Double getConversionsPerYear() {
        return conversionsPerYear;
    }

    /** 重大安全、重大质量事故或严重环境违法 in Y−1 or Y. */
    public Boolean getIncidents() {
        return incidents;
    }

    /** Any 科小 condition (四) breach in Y−1 or Y, excluding 弄虚作假. */
    public Boolean getIntegrityBreach() {
        return integrityBreach;
    }

    /** 一票否决 across the ladder: accidents, environmental violations, the 严重违法失信 list. */
    public OneStrike getOneStrike() {
        return oneStrike;
    }

    /** 严重弄虚作假 in Y or the years of the ban before it. */
    public Boolean getFraudRecently() {
        return fraudRecently;
    }

    /** 严重弄虚作假 in Y−1 or, when on record, Y (科小 条件(四) 2022 表述 "上一会计年度及当年"). */
    public Boolean getFraudPriorOrCurrentYear() {
        return fraudPriorOrCurrentYear;
    }

    /** 创新能力评价专家评分 of the Y−1 figures, when an expert panel has scored. */
    public Integer getExpertInnovationScore() {
        return latest == null ? null : latest.expertInnovationScore();
    }

    /** 技术领域 name (zh-CN) of the Y−1 figures, null when missing or not one of the eight fields. */
    public String getTechFieldName() {
        Integer field = latest == null ? null : latest.techField();
        return field == null || field < 1 || field > FIELDS.length ? null : FIELDS[field - 1].nameZh();
    }

    public Tier getCertifiedTier() {
        return certifiedTier;
    }

    /** Holds a 国家高企 certificate valid on the 国家高企 reference day. */
    public boolean isNationalHteCertified() {
        return nationalHteCertified;
    }

    /** Holds a 国家高企 certificate valid on the 科小 reference day (科小 直接认定 路径1 "有效期内"). */
    public boolean isNationalHteCertifiedForTechSme() {
        return nationalHteCertifiedForTechSme;
    }

    /**
     * Held a 国家高企 certificate at some time during the figures year Y−1: the status that goes with the figures a grant
     * rewards (分段补助's 规下高企, the 15 % rate of the 加计扣除 reward), not the status of the assessment year.
     */
    public boolean isNationalHteHeldInFiguresYear() {
        return nationalHteHeldInFiguresYear;
    }

    public boolean isLittleGiantCertified() {
        return littleGiantCertified;
    }

    /** A 国家高企 certificate was issued in the assessment year. */
    public boolean isNationalHteRecognisedThisYear() {
        return nationalHteRecognisedThisYear;
    }

    /** That certificate follows an earlier one (重新认定). */
    public boolean isNationalHteRenewal() {
        return nationalHteRenewal;
    }

    public boolean isTechSmeRevokedThisYear() {
        return techSmeRevokedThisYear;
    }

    /** Entered the provincial 高企 培育库 (省高企 备案) in the assessment year. */
    public boolean isProvincialHteEnteredThisYear() {
        return provincialHteEnteredThisYear;
    }

    /** The 国高 recognised this year for the first time had entered the provincial 培育库 before (出库). */
    public boolean isNationalHteFromProvincialPool() {
        return nationalHteFromProvincialPool;
    }

    public Boolean getInHitechZone() {
        return inHitechZone;
    }
}
