package com.techladder.rules.record;

import com.techladder.rules.model.AccountingYear;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enterprise-year record: one row per enterprise and fiscal year (docs/contracts/import-csv.md, enterprises), each
 * column declared once, in the contract's column order, with everything the modules derive from it — the import's
 * column mapping and staging columns (batch-import {@code EnterpriseColumn}), the classification's row mapper, the
 * self-check form and its JSON keys, the sample generator's header, and the fields of the row hash.
 *
 * <p>A new indicator is one constant here (appended at the end, with the next {@link #HASH_VERSION}), its component in
 * {@link AccountingYear}, the migration that adds its columns, the rule that reads it and their tests
 * (docs/architecture.md, "Adding an indicator").
 */
public enum RecordColumn {
    USCC(Level.KEY, "uscc", ValueType.USCC, true, null, 1,
            "统一社会信用代码", "统一社会信用代码", "Unified social credit code",
            null, null),
    NAME(Level.ENTERPRISE, "name", ValueType.NAME, true, null, 1,
            "企业名称", "企业名称", "Enterprise name",
            null, null),
    DISTRICT(Level.ENTERPRISE, "district", ValueType.DISTRICT, true, null, 1,
            "所属区县", "所属区县", "District",
            null, null),
    IN_HITECH_ZONE(Level.ENTERPRISE, "in_hitech_zone", ValueType.BOOLEAN, false, null, 1,
            "是否位于高新区", "是否位于福州高新区", "In Fuzhou High-tech Zone",
            null, null),
    ESTABLISHED_ON(Level.ENTERPRISE, "established_on", ValueType.DATE, true, null, 1,
            "成立日期", "成立日期", "Date established",
            null, null),
    FISCAL_YEAR(Level.KEY, "fiscal_year", ValueType.FISCAL_YEAR, true, null, 1,
            "年度", "会计年度", "Accounting year",
            null, null, "会计年度"),
    EMPLOYEES(Level.YEAR, "employees", ValueType.COUNT, true, RecordGroup.STAFF, 1,
            "职工总数", "职工总数", "Employees",
            AccountingYear::employees, (b, v) -> b.employees((Integer) v)),
    TECH_STAFF(Level.YEAR, "tech_staff", ValueType.COUNT, true, RecordGroup.STAFF, 1,
            "科技人员数", "科技人员数", "Technology staff",
            AccountingYear::techStaff, (b, v) -> b.techStaff((Integer) v)),
    REVENUE(Level.YEAR, "revenue", ValueType.AMOUNT, true, RecordGroup.INCOME, 1,
            "销售收入", "销售收入（万元）", "Sales revenue (10k yuan)",
            AccountingYear::revenue, (b, v) -> b.revenue((BigDecimal) v)),
    TOTAL_INCOME(Level.YEAR, "total_income", ValueType.AMOUNT, false, RecordGroup.INCOME, 1,
            "总收入", "总收入（万元）", "Total income (10k yuan)",
            AccountingYear::totalIncome, (b, v) -> b.totalIncome((BigDecimal) v)),
    HITECH_REVENUE(Level.YEAR, "hitech_revenue", ValueType.AMOUNT, false, RecordGroup.INCOME, 1,
            "高新技术产品(服务)收入", "高新技术产品（服务）收入（万元）", "High-tech products and services revenue (10k yuan)",
            AccountingYear::hitechRevenue, (b, v) -> b.hitechRevenue((BigDecimal) v)),
    TOTAL_ASSETS(Level.YEAR, "total_assets", ValueType.AMOUNT, true, RecordGroup.INCOME, 1,
            "资产总额", "资产总额（万元）", "Total assets (10k yuan)",
            AccountingYear::totalAssets, (b, v) -> b.totalAssets((BigDecimal) v)),
    TOTAL_LIABILITIES(Level.YEAR, "total_liabilities", ValueType.AMOUNT, false, RecordGroup.INCOME, 1,
            "负债总额", "负债总额（万元）", "Total liabilities (10k yuan)",
            AccountingYear::totalLiabilities, (b, v) -> b.totalLiabilities((BigDecimal) v)),
    NET_ASSETS(Level.YEAR, "net_assets", ValueType.SIGNED_AMOUNT, false, RecordGroup.INCOME, 1,
            "净资产", "净资产（万元）", "Net assets (10k yuan)",
            AccountingYear::netAssets, (b, v) -> b.netAssets((BigDecimal) v)),
    TOTAL_COST(Level.YEAR, "total_cost", ValueType.AMOUNT, false, RecordGroup.INCOME, 1,
            "成本费用总额", "成本费用总额（万元）", "Total costs and expenses (10k yuan)",
            AccountingYear::totalCost, (b, v) -> b.totalCost((BigDecimal) v)),
    RD_EXPENSE(Level.YEAR, "rd_expense", ValueType.AMOUNT, true, RecordGroup.RD, 1,
            "研发费用", "研发费用（万元）", "R&D expense (10k yuan)",
            AccountingYear::rdExpense, (b, v) -> b.rdExpense((BigDecimal) v)),
    RD_EXPENSE_DOMESTIC(Level.YEAR, "rd_expense_domestic", ValueType.AMOUNT, false, RecordGroup.RD, 1,
            "境内研发费用", "其中境内研发费用（万元）", "of which in China (10k yuan)",
            AccountingYear::rdExpenseDomestic, (b, v) -> b.rdExpenseDomestic((BigDecimal) v)),
    IP_CLASS1(Level.YEAR, "ip_class1", ValueType.COUNT, false, RecordGroup.IP, 1,
            "Ⅰ类知识产权数", "Ⅰ类知识产权数", "Class I IP",
            AccountingYear::ipClass1, (b, v) -> b.ipClass1((Integer) v)),
    IP_CLASS2(Level.YEAR, "ip_class2", ValueType.COUNT, false, RecordGroup.IP, 1,
            "Ⅱ类知识产权数", "Ⅱ类知识产权数", "Class II IP",
            AccountingYear::ipClass2, (b, v) -> b.ipClass2((Integer) v)),
    IP_SELF_DEVELOPED(Level.YEAR, "ip_self_developed", ValueType.BOOLEAN, false, RecordGroup.IP, 1,
            "有自主研发知识产权", "有自主研发的知识产权", "Self-developed IP",
            AccountingYear::ipSelfDeveloped, (b, v) -> b.ipSelfDeveloped((Boolean) v)),
    TECH_FIELD(Level.YEAR, "tech_field", ValueType.TECH_FIELD, false, RecordGroup.PROFILE, 1,
            "技术领域", "技术领域", "Technology field",
            AccountingYear::techField, (b, v) -> b.techField((Integer) v)),
    TECH_CONVERSIONS(Level.YEAR, "tech_conversions", ValueType.COUNT, false, RecordGroup.IP, 1,
            "科技成果转化数", "科技成果转化数", "Technology conversions",
            AccountingYear::techConversions, (b, v) -> b.techConversions((Integer) v)),
    EXPERT_INNOVATION_SCORE(Level.YEAR, "expert_innovation_score", ValueType.SCORE, false, RecordGroup.IP, 1,
            "创新能力评价专家评分", "创新能力评价专家评分", "Expert innovation score",
            AccountingYear::expertInnovationScore, (b, v) -> b.expertInnovationScore((Integer) v)),
    RD_MGMT_SYSTEM(Level.YEAR, "rd_mgmt_system", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "研发组织管理制度与辅助账", "研发组织管理制度与辅助账", "R&D management system and ledger",
            AccountingYear::rdMgmtSystem, (b, v) -> b.rdMgmtSystem((Boolean) v)),
    RD_INSTITUTION(Level.YEAR, "rd_institution", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "建有研发机构", "建有研发机构", "Internal R&D institution",
            AccountingYear::rdInstitution, (b, v) -> b.rdInstitution((Boolean) v)),
    CONVERSION_INCENTIVES(Level.YEAR, "conversion_incentives", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "成果转化激励制度", "成果转化激励制度", "Conversion incentives",
            AccountingYear::conversionIncentives, (b, v) -> b.conversionIncentives((Boolean) v)),
    TALENT_SYSTEM(Level.YEAR, "talent_system", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "人才培养与激励制度", "人才培养与激励制度", "Talent development and incentives",
            AccountingYear::talentSystem, (b, v) -> b.talentSystem((Boolean) v)),
    PROVINCIAL_RD_INSTITUTION(Level.YEAR, "provincial_rd_institution", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "省部级以上研发机构", "省部级以上研发机构", "Provincial or higher R&D institution",
            AccountingYear::provincialRdInstitution, (b, v) -> b.provincialRdInstitution((Boolean) v)),
    NATIONAL_AWARD_TOP3(Level.YEAR, "national_award_top3", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "近五年国家级科技奖励前三", "近五年国家级科技奖励前三", "National S&T award, top three",
            AccountingYear::nationalAwardTop3, (b, v) -> b.nationalAwardTop3((Boolean) v)),
    LED_STANDARD(Level.YEAR, "led_standard", ValueType.BOOLEAN, false, RecordGroup.MANAGEMENT, 1,
            "近五年主导制定标准", "近五年主导制定标准", "Led a standard",
            AccountingYear::ledStandard, (b, v) -> b.ledStandard((Boolean) v)),
    ABOVE_SCALE(Level.YEAR, "above_scale", ValueType.BOOLEAN, false, RecordGroup.PROFILE, 1,
            "规模以上企业", "规模以上企业", "Above designated size",
            AccountingYear::aboveScale, (b, v) -> b.aboveScale((Boolean) v)),
    SOFTWARE_INDUSTRY(Level.YEAR, "software_industry", ValueType.BOOLEAN, false, RecordGroup.PROFILE, 1,
            "软件和信息服务业", "软件和信息服务业", "Software and information services",
            AccountingYear::softwareIndustry, (b, v) -> b.softwareIndustry((Boolean) v)),
    AUDITED_TAX_METHOD(Level.YEAR, "audited_tax_method", ValueType.BOOLEAN, false, RecordGroup.PROFILE, 1,
            "查账征收", "实行查账征收", "Income tax assessed on accounts",
            AccountingYear::auditedTaxMethod, (b, v) -> b.auditedTaxMethod((Boolean) v)),
    RESTRICTED_INDUSTRY(Level.YEAR, "restricted_industry", ValueType.BOOLEAN, false, RecordGroup.PROFILE, 1,
            "限制类或负面清单行业", "属于限制类或负面清单行业", "Restricted or negative-list industry",
            AccountingYear::restrictedIndustry, (b, v) -> b.restrictedIndustry((Boolean) v)),
    MAJOR_SAFETY_INCIDENT(Level.YEAR, "major_safety_incident", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "重大安全事故", "发生重大安全事故", "Major safety incident",
            AccountingYear::majorSafetyIncident, (b, v) -> b.majorSafetyIncident((Boolean) v)),
    MAJOR_QUALITY_INCIDENT(Level.YEAR, "major_quality_incident", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "重大质量事故", "发生重大质量事故", "Major quality incident",
            AccountingYear::majorQualityIncident, (b, v) -> b.majorQualityIncident((Boolean) v)),
    SERIOUS_ENV_VIOLATION(Level.YEAR, "serious_env_violation", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "严重环境违法", "有严重环境违法行为", "Serious environmental violation",
            AccountingYear::seriousEnvViolation, (b, v) -> b.seriousEnvViolation((Boolean) v)),
    RESEARCH_MISCONDUCT(Level.YEAR, "research_misconduct", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "科研严重失信", "有科研严重失信行为", "Serious research misconduct",
            AccountingYear::researchMisconduct, (b, v) -> b.researchMisconduct((Boolean) v)),
    SERIOUS_FRAUD(Level.YEAR, "serious_fraud", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "严重弄虚作假", "有严重弄虚作假行为", "Serious fraud",
            AccountingYear::seriousFraud, (b, v) -> b.seriousFraud((Boolean) v)),
    ABNORMAL_OPERATION_LIST(Level.YEAR, "abnormal_operation_list", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "列入经营异常名录", "被列入经营异常名录", "On the abnormal operation list",
            AccountingYear::abnormalOperationList, (b, v) -> b.abnormalOperationList((Boolean) v)),
    SERIOUS_DISHONESTY_LIST(Level.YEAR, "serious_dishonesty_list", ValueType.BOOLEAN, false, RecordGroup.INTEGRITY, 1,
            "列入严重违法失信名单", "被列入严重违法失信名单", "On the serious dishonesty list",
            AccountingYear::seriousDishonestyList, (b, v) -> b.seriousDishonestyList((Boolean) v)),
    RD_SUPER_DEDUCTION(Level.YEAR, "rd_super_deduction", ValueType.AMOUNT, false, RecordGroup.RD, 1,
            "研发费用加计扣除额", "研发费用加计扣除额（万元）", "R&D super deduction (10k yuan)",
            AccountingYear::rdSuperDeduction, (b, v) -> b.rdSuperDeduction((BigDecimal) v)),
    INCOME_TAX_PAYABLE(Level.YEAR, "income_tax_payable", ValueType.AMOUNT, false, RecordGroup.INCOME, 1,
            "应纳企业所得税额", "应纳企业所得税额（万元）", "Corporate income tax payable (10k yuan)",
            AccountingYear::incomeTaxPayable, (b, v) -> b.incomeTaxPayable((BigDecimal) v)),
    /**
     * 研发经费支出 as reported to the statistics bureau (企业研发活动统计, 统计口径), the basis of the 2025 R&D measure
     * (docs/policy/rd-growth-grant.md); beside 研发费用, the tax/accounting figure. Added with hash version 2.
     */
    RD_EXPENDITURE_STATISTICAL(Level.YEAR, "rd_expenditure_statistical", ValueType.AMOUNT, false, RecordGroup.RD, 2,
            "研发经费支出", "研发经费支出（统计口径，万元）", "R&D expenditure, statistical (10k yuan)",
            AccountingYear::rdExpenditureStatistical, (b, v) -> b.rdExpenditureStatistical((BigDecimal) v),
            "研发经费支出(统计口径)", "研发经费支出（统计口径）");

    /** Where a column belongs: the key of the row, the enterprise, or the accounting year. */
    public enum Level {
        /** uscc and fiscal_year: the key of the row. */
        KEY,
        /** About the enterprise rather than the year: the newest fiscal year imported sets it (the contract). */
        ENTERPRISE,
        /** A figure or fact of the accounting year: a component of {@link AccountingYear}. */
        YEAR
    }

    /**
     * The newest version of the row hash's field list. Version 1 is the 43 columns of the first contract; each later
     * version appends the columns declared with it. A row is hashed over the columns up to the newest version it has
     * a value of, so a row without the later columns keeps the hash stored before they existed, and a row that gives
     * one differs from a row that does not (batch-import {@code CanonicalRow}).
     */
    public static final int HASH_VERSION = 2;

    private static final List<RecordColumn> ALL = List.of(values());
    private static final List<RecordColumn> PER_YEAR = ALL.stream().filter(c -> c.level == Level.YEAR).toList();
    private static final List<RecordColumn> ENTERPRISE_LEVEL =
            ALL.stream().filter(c -> c.level == Level.ENTERPRISE).toList();
    private static final List<RecordColumn> ENTERPRISE_FIELDS =
            ALL.stream().filter(c -> c == USCC || c.level == Level.ENTERPRISE).toList();
    private static final Map<String, RecordColumn> BY_KEY =
            ALL.stream().collect(Collectors.toMap(RecordColumn::key, Function.identity()));

    private final Level level;
    private final String csvName;
    private final ValueType type;
    private final boolean required;
    private final RecordGroup group;
    private final int hashVersion;
    private final List<String> headers;
    private final String labelZh;
    private final String labelEn;
    private final String key;
    private final Function<AccountingYear, Object> getter;
    private final BiConsumer<AccountingYear.Builder, Object> setter;

    RecordColumn(Level level, String csvName, ValueType type, boolean required, RecordGroup group, int hashVersion,
            String header, String labelZh, String labelEn, Function<AccountingYear, Object> getter,
            BiConsumer<AccountingYear.Builder, Object> setter, String... moreHeaders) {
        this.level = level;
        this.csvName = csvName;
        this.type = type;
        this.required = required;
        this.group = group;
        this.hashVersion = hashVersion;
        this.headers = headers(header, moreHeaders);
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.key = camelCase(csvName);
        this.getter = getter;
        this.setter = setter;
    }

    private static List<String> headers(String header, String[] more) {
        String[] all = Arrays.copyOf(new String[] {header}, 1 + more.length);
        System.arraycopy(more, 0, all, 1, more.length);
        return List.of(all);
    }

    /** Every column, in the contract's order (also the staging table's). */
    public static List<RecordColumn> all() {
        return ALL;
    }

    /** The columns of {@link AccountingYear}: everything but the key and the enterprise-level columns. */
    public static List<RecordColumn> perYear() {
        return PER_YEAR;
    }

    /** name, district, in_hitech_zone, established_on. */
    public static List<RecordColumn> enterpriseLevel() {
        return ENTERPRISE_LEVEL;
    }

    /**
     * The enterprise's uscc and its enterprise-level columns: what describes the enterprise rather than a year, which
     * the self-check also accepts once at the top of a request.
     */
    public static List<RecordColumn> enterpriseFields() {
        return ENTERPRISE_FIELDS;
    }

    /** The per-year columns of one form group, in the contract's order. */
    public static List<RecordColumn> inGroup(RecordGroup group) {
        return PER_YEAR.stream().filter(c -> c.group == group).toList();
    }

    /** The column of a JSON key ({@code techStaff}). */
    public static Optional<RecordColumn> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public Level level() {
        return level;
    }

    /** The CSV header and database column, e.g. {@code tech_staff}. */
    public String csvName() {
        return csvName;
    }

    /** The JSON key and form field name, the camelCase of the CSV name: {@code techStaff}. */
    public String key() {
        return key;
    }

    public ValueType type() {
        return type;
    }

    /** R in the contract's R/O column. */
    public boolean required() {
        return required;
    }

    /** The form section of a per-year column; null for the key and the enterprise-level columns. */
    public RecordGroup group() {
        return group;
    }

    /** A per-year column the form asks once and repeats in every year's record. */
    public boolean askedOnce() {
        return group != null && group.askedOnce();
    }

    public boolean perYearColumn() {
        return level == Level.YEAR;
    }

    /** The version of the hash's field list that added this column (see {@link #HASH_VERSION}). */
    public int hashVersion() {
        return hashVersion;
    }

    /** The contract's 中文表头 first, then other Chinese headers an import accepts. */
    public List<String> headers() {
        return headers;
    }

    /** The 中文表头 of the contract (and of the blank templates). */
    public String headerZh() {
        return headers.get(0);
    }

    /** The self-check form's label in Chinese, with its unit. */
    public String labelZh() {
        return labelZh;
    }

    /** The self-check form's label in English, with its unit. */
    public String labelEn() {
        return labelEn;
    }

    /** This column's value in a year; only for {@linkplain #perYearColumn() per-year} columns. */
    public Object get(AccountingYear year) {
        return getter.apply(year);
    }

    /** Sets this column's typed value (Integer, Boolean or BigDecimal by {@link #type()}) on a year being built. */
    public void set(AccountingYear.Builder year, Object value) {
        setter.accept(year, value);
    }

    private static String camelCase(String csvName) {
        StringBuilder name = new StringBuilder(csvName.length());
        boolean upper = false;
        for (char c : csvName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
