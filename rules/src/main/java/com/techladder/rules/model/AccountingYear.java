package com.techladder.rules.model;

import java.math.BigDecimal;

/**
 * One accounting year (会计年度) of an enterprise: every per-year column of the enterprises CSV contract
 * (docs/contracts/import-csv.md), as {@link com.techladder.rules.record.RecordColumn} declares them. Amounts are in 万元; a null is <em>missing</em>, never zero.
 *
 * @param fiscalYear 年度
 * @param employees 职工总数 (annual monthly average)
 * @param techStaff 科技人员数
 * @param revenue 销售收入, 万元
 * @param totalIncome 总收入, 万元; missing = revenue
 * @param hitechRevenue 高新技术产品(服务)收入, 万元
 * @param totalAssets 资产总额, 万元
 * @param totalLiabilities 负债总额, 万元
 * @param netAssets 净资产, 万元; may be negative
 * @param totalCost 成本费用总额, 万元
 * @param rdExpense 研发费用, 万元
 * @param rdExpenseDomestic 境内研发费用, 万元
 * @param ipClass1 Ⅰ类知识产权数
 * @param ipClass2 Ⅱ类知识产权数
 * @param ipSelfDeveloped 有自主研发知识产权
 * @param techField 技术领域 1–8 (docs/policy/national-hte.md)
 * @param techConversions 科技成果转化数, total of the last 3 years
 * @param expertInnovationScore 创新能力评价专家评分 0–100; replaces the computed range
 * @param rdMgmtSystem 研发组织管理制度与辅助账
 * @param rdInstitution 建有研发机构
 * @param conversionIncentives 成果转化激励制度
 * @param talentSystem 人才培养与激励制度
 * @param provincialRdInstitution 省部级以上研发机构
 * @param nationalAwardTop3 近五年国家级科技奖励前三
 * @param ledStandard 近五年主导制定标准
 * @param aboveScale 规模以上企业
 * @param softwareIndustry 软件和信息服务业
 * @param auditedTaxMethod 查账征收
 * @param restrictedIndustry 限制类或负面清单行业
 * @param majorSafetyIncident 重大安全事故
 * @param majorQualityIncident 重大质量事故
 * @param seriousEnvViolation 严重环境违法
 * @param researchMisconduct 科研严重失信
 * @param seriousFraud 严重弄虚作假
 * @param abnormalOperationList 列入经营异常名录
 * @param seriousDishonestyList 列入严重违法失信名单
 * @param rdSuperDeduction 研发费用加计扣除额, 万元
 * @param incomeTaxPayable 应纳企业所得税额, 万元
 * @param rdExpenditureStatistical 研发经费支出 (统计口径), 万元: as reported to the statistics bureau, the basis of the 2025
 *        R&D measure; beside {@code rdExpense}, the tax/accounting figure
 */
public record AccountingYear(
        int fiscalYear,
        Integer employees,
        Integer techStaff,
        BigDecimal revenue,
        BigDecimal totalIncome,
        BigDecimal hitechRevenue,
        BigDecimal totalAssets,
        BigDecimal totalLiabilities,
        BigDecimal netAssets,
        BigDecimal totalCost,
        BigDecimal rdExpense,
        BigDecimal rdExpenseDomestic,
        Integer ipClass1,
        Integer ipClass2,
        Boolean ipSelfDeveloped,
        Integer techField,
        Integer techConversions,
        Integer expertInnovationScore,
        Boolean rdMgmtSystem,
        Boolean rdInstitution,
        Boolean conversionIncentives,
        Boolean talentSystem,
        Boolean provincialRdInstitution,
        Boolean nationalAwardTop3,
        Boolean ledStandard,
        Boolean aboveScale,
        Boolean softwareIndustry,
        Boolean auditedTaxMethod,
        Boolean restrictedIndustry,
        Boolean majorSafetyIncident,
        Boolean majorQualityIncident,
        Boolean seriousEnvViolation,
        Boolean researchMisconduct,
        Boolean seriousFraud,
        Boolean abnormalOperationList,
        Boolean seriousDishonestyList,
        BigDecimal rdSuperDeduction,
        BigDecimal incomeTaxPayable,
        BigDecimal rdExpenditureStatistical) {

    public static Builder builder(int fiscalYear) {
        return new Builder().fiscalYear(fiscalYear);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.fiscalYear = fiscalYear;
        b.employees = employees;
        b.techStaff = techStaff;
        b.revenue = revenue;
        b.totalIncome = totalIncome;
        b.hitechRevenue = hitechRevenue;
        b.totalAssets = totalAssets;
        b.totalLiabilities = totalLiabilities;
        b.netAssets = netAssets;
        b.totalCost = totalCost;
        b.rdExpense = rdExpense;
        b.rdExpenseDomestic = rdExpenseDomestic;
        b.ipClass1 = ipClass1;
        b.ipClass2 = ipClass2;
        b.ipSelfDeveloped = ipSelfDeveloped;
        b.techField = techField;
        b.techConversions = techConversions;
        b.expertInnovationScore = expertInnovationScore;
        b.rdMgmtSystem = rdMgmtSystem;
        b.rdInstitution = rdInstitution;
        b.conversionIncentives = conversionIncentives;
        b.talentSystem = talentSystem;
        b.provincialRdInstitution = provincialRdInstitution;
        b.nationalAwardTop3 = nationalAwardTop3;
        b.ledStandard = ledStandard;
        b.aboveScale = aboveScale;
        b.softwareIndustry = softwareIndustry;
        b.auditedTaxMethod = auditedTaxMethod;
        b.restrictedIndustry = restrictedIndustry;
        b.majorSafetyIncident = majorSafetyIncident;
        b.majorQualityIncident = majorQualityIncident;
        b.seriousEnvViolation = seriousEnvViolation;
        b.researchMisconduct = researchMisconduct;
        b.seriousFraud = seriousFraud;
        b.abnormalOperationList = abnormalOperationList;
        b.seriousDishonestyList = seriousDishonestyList;
        b.rdSuperDeduction = rdSuperDeduction;
        b.incomeTaxPayable = incomeTaxPayable;
        b.rdExpenditureStatistical = rdExpenditureStatistical;
        return b;
    }

    /** 总收入, defaulting to 销售收入 when missing (docs/contracts/import-csv.md). */
    public BigDecimal totalIncomeOrRevenue() {
        return totalIncome != null ? totalIncome : revenue;
    }

    /** 净资产, defaulting to 资产总额 − 负债总额 when both are present (docs/contracts/import-csv.md). */
    public BigDecimal netAssetsOrDerived() {
        if (netAssets != null) {
            return netAssets;
        }
        return totalAssets != null && totalLiabilities != null ? totalAssets.subtract(totalLiabilities) : null;
    }

    /** Builder for tests, mappers and generators; every field optional except the fiscal year. */
    public static final class Builder {
        private int fiscalYear;
        private Integer employees;
        private Integer techStaff;
        private BigDecimal revenue;
        private BigDecimal totalIncome;
        private BigDecimal hitechRevenue;
        private BigDecimal totalAssets;
        private BigDecimal totalLiabilities;
        private BigDecimal netAssets;
        private BigDecimal totalCost;
        private BigDecimal rdExpense;
        private BigDecimal rdExpenseDomestic;
        private Integer ipClass1;
        private Integer ipClass2;
        private Boolean ipSelfDeveloped;
        private Integer techField;
        private Integer techConversions;
        private Integer expertInnovationScore;
        private Boolean rdMgmtSystem;
        private Boolean rdInstitution;
        private Boolean conversionIncentives;
        private Boolean talentSystem;
        private Boolean provincialRdInstitution;
        private Boolean nationalAwardTop3;
        private Boolean ledStandard;
        private Boolean aboveScale;
        private Boolean softwareIndustry;
        private Boolean auditedTaxMethod;
        private Boolean restrictedIndustry;
        private Boolean majorSafetyIncident;
        private Boolean majorQualityIncident;
        private Boolean seriousEnvViolation;
        private Boolean researchMisconduct;
        private Boolean seriousFraud;
        private Boolean abnormalOperationList;
        private Boolean seriousDishonestyList;
        private BigDecimal rdSuperDeduction;
        private BigDecimal incomeTaxPayable;
        private BigDecimal rdExpenditureStatistical;

        private Builder() {
        }

        public Builder fiscalYear(int v) {
            this.fiscalYear = v;
            return this;
        }

        public Builder employees(Integer v) {
            this.employees = v;
            return this;
        }

        public Builder techStaff(Integer v) {
            this.techStaff = v;
            return this;
        }

        public Builder revenue(BigDecimal v) {
            this.revenue = v;
            return this;
        }

        public Builder totalIncome(BigDecimal v) {
            this.totalIncome = v;
            return this;
        }

        public Builder hitechRevenue(BigDecimal v) {
            this.hitechRevenue = v;
            return this;
        }

        public Builder totalAssets(BigDecimal v) {
            this.totalAssets = v;
            return this;
        }

        public Builder totalLiabilities(BigDecimal v) {
            this.totalLiabilities = v;
            return this;
        }

        public Builder netAssets(BigDecimal v) {
            this.netAssets = v;
            return this;
        }

        public Builder totalCost(BigDecimal v) {
            this.totalCost = v;
            return this;
        }

        public Builder rdExpense(BigDecimal v) {
            this.rdExpense = v;
            return this;
        }

        public Builder rdExpenseDomestic(BigDecimal v) {
            this.rdExpenseDomestic = v;
            return this;
        }

        public Builder ipClass1(Integer v) {
            this.ipClass1 = v;
            return this;
        }

        public Builder ipClass2(Integer v) {
            this.ipClass2 = v;
            return this;
        }

        public Builder ipSelfDeveloped(Boolean v) {
            this.ipSelfDeveloped = v;
            return this;
        }

        public Builder techField(Integer v) {
            this.techField = v;
            return this;
        }

        public Builder techConversions(Integer v) {
            this.techConversions = v;
            return this;
        }

        public Builder expertInnovationScore(Integer v) {
            this.expertInnovationScore = v;
            return this;
        }

        public Builder rdMgmtSystem(Boolean v) {
            this.rdMgmtSystem = v;
            return this;
        }

        public Builder rdInstitution(Boolean v) {
            this.rdInstitution = v;
            return this;
        }

        public Builder conversionIncentives(Boolean v) {
            this.conversionIncentives = v;
            return this;
        }

        public Builder talentSystem(Boolean v) {
            this.talentSystem = v;
            return this;
        }

        public Builder provincialRdInstitution(Boolean v) {
            this.provincialRdInstitution = v;
            return this;
        }

        public Builder nationalAwardTop3(Boolean v) {
            this.nationalAwardTop3 = v;
            return this;
        }

        public Builder ledStandard(Boolean v) {
            this.ledStandard = v;
            return this;
        }

        public Builder aboveScale(Boolean v) {
            this.aboveScale = v;
            return this;
        }

        public Builder softwareIndustry(Boolean v) {
            this.softwareIndustry = v;
            return this;
        }

        public Builder auditedTaxMethod(Boolean v) {
            this.auditedTaxMethod = v;
            return this;
        }

        public Builder restrictedIndustry(Boolean v) {
            this.restrictedIndustry = v;
            return this;
        }

        public Builder majorSafetyIncident(Boolean v) {
            this.majorSafetyIncident = v;
            return this;
        }

        public Builder majorQualityIncident(Boolean v) {
            this.majorQualityIncident = v;
            return this;
        }

        public Builder seriousEnvViolation(Boolean v) {
            this.seriousEnvViolation = v;
            return this;
        }

        public Builder researchMisconduct(Boolean v) {
            this.researchMisconduct = v;
            return this;
        }

        public Builder seriousFraud(Boolean v) {
            this.seriousFraud = v;
            return this;
        }

        public Builder abnormalOperationList(Boolean v) {
            this.abnormalOperationList = v;
            return this;
        }

        public Builder seriousDishonestyList(Boolean v) {
            this.seriousDishonestyList = v;
            return this;
        }

        public Builder rdSuperDeduction(BigDecimal v) {
            this.rdSuperDeduction = v;
            return this;
        }

        public Builder incomeTaxPayable(BigDecimal v) {
            this.incomeTaxPayable = v;
            return this;
        }

        public Builder rdExpenditureStatistical(BigDecimal v) {
            this.rdExpenditureStatistical = v;
            return this;
        }

        public AccountingYear build() {
            return new AccountingYear(fiscalYear, employees, techStaff, revenue, totalIncome, hitechRevenue, totalAssets, totalLiabilities, netAssets, totalCost, rdExpense, rdExpenseDomestic, ipClass1, ipClass2, ipSelfDeveloped, techField, techConversions, expertInnovationScore, rdMgmtSystem, rdInstitution, conversionIncentives, talentSystem, provincialRdInstitution, nationalAwardTop3, ledStandard, aboveScale, softwareIndustry, auditedTaxMethod, restrictedIndustry, majorSafetyIncident, majorQualityIncident, seriousEnvViolation, researchMisconduct, seriousFraud, abnormalOperationList, seriousDishonestyList, rdSuperDeduction, incomeTaxPayable, rdExpenditureStatistical);
        }
    }
}
