package com.techladder.registry.selfcheck;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.techladder.rules.model.AccountingYear;

/**
 * Every column of the enterprises CSV contract (docs/contracts/import-csv.md) by its JSON name (the camelCase of the column), with
 * the rule that checks it and, for per-year columns, where it goes in {@link AccountingYear}. Enterprise-level
 * columns (name, district, dates) have no year setter: they describe the enterprise, not one of its years.
 */
public enum RecordField {
    USCC("uscc", FieldKind.USCC, null, null),
    NAME("name", FieldKind.NAME, null, null),
    DISTRICT("district", FieldKind.DISTRICT, null, null),
    IN_HITECH_ZONE("inHitechZone", FieldKind.BOOLEAN, null, null),
    ESTABLISHED_ON("establishedOn", FieldKind.PAST_DATE, null, null),

    EMPLOYEES("employees", FieldKind.COUNT, FieldGroup.STAFF, (b, v) -> b.employees((Integer) v)),
    TECH_STAFF("techStaff", FieldKind.COUNT, FieldGroup.STAFF, (b, v) -> b.techStaff((Integer) v)),

    REVENUE("revenue", FieldKind.AMOUNT, FieldGroup.INCOME, (b, v) -> b.revenue((BigDecimal) v)),
    TOTAL_INCOME("totalIncome", FieldKind.AMOUNT, FieldGroup.INCOME, (b, v) -> b.totalIncome((BigDecimal) v)),
    HITECH_REVENUE("hitechRevenue", FieldKind.AMOUNT, FieldGroup.INCOME, (b, v) -> b.hitechRevenue((BigDecimal) v)),
    TOTAL_ASSETS("totalAssets", FieldKind.AMOUNT, FieldGroup.INCOME, (b, v) -> b.totalAssets((BigDecimal) v)),
    TOTAL_LIABILITIES("totalLiabilities", FieldKind.AMOUNT, FieldGroup.INCOME,
            (b, v) -> b.totalLiabilities((BigDecimal) v)),
    NET_ASSETS("netAssets", FieldKind.SIGNED_AMOUNT, FieldGroup.INCOME, (b, v) -> b.netAssets((BigDecimal) v)),
    TOTAL_COST("totalCost", FieldKind.AMOUNT, FieldGroup.INCOME, (b, v) -> b.totalCost((BigDecimal) v)),
    INCOME_TAX_PAYABLE("incomeTaxPayable", FieldKind.AMOUNT, FieldGroup.INCOME,
            (b, v) -> b.incomeTaxPayable((BigDecimal) v)),

    RD_EXPENSE("rdExpense", FieldKind.AMOUNT, FieldGroup.RD, (b, v) -> b.rdExpense((BigDecimal) v)),
    RD_EXPENSE_DOMESTIC("rdExpenseDomestic", FieldKind.AMOUNT, FieldGroup.RD,
            (b, v) -> b.rdExpenseDomestic((BigDecimal) v)),
    RD_SUPER_DEDUCTION("rdSuperDeduction", FieldKind.AMOUNT, FieldGroup.RD,
            (b, v) -> b.rdSuperDeduction((BigDecimal) v)),

    IP_CLASS1("ipClass1", FieldKind.COUNT, FieldGroup.IP, (b, v) -> b.ipClass1((Integer) v)),
    IP_CLASS2("ipClass2", FieldKind.COUNT, FieldGroup.IP, (b, v) -> b.ipClass2((Integer) v)),
    IP_SELF_DEVELOPED("ipSelfDeveloped", FieldKind.BOOLEAN, FieldGroup.IP, (b, v) -> b.ipSelfDeveloped((Boolean) v)),
    TECH_CONVERSIONS("techConversions", FieldKind.COUNT, FieldGroup.IP, (b, v) -> b.techConversions((Integer) v)),
    TECH_FIELD("techField", FieldKind.TECH_FIELD, FieldGroup.PROFILE, (b, v) -> b.techField((Integer) v)),
    EXPERT_INNOVATION_SCORE("expertInnovationScore", FieldKind.SCORE, FieldGroup.IP,
            (b, v) -> b.expertInnovationScore((Integer) v)),

    RD_MGMT_SYSTEM("rdMgmtSystem", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT, (b, v) -> b.rdMgmtSystem((Boolean) v)),
    RD_INSTITUTION("rdInstitution", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT, (b, v) -> b.rdInstitution((Boolean) v)),
    CONVERSION_INCENTIVES("conversionIncentives", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT,
            (b, v) -> b.conversionIncentives((Boolean) v)),
    TALENT_SYSTEM("talentSystem", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT, (b, v) -> b.talentSystem((Boolean) v)),
    PROVINCIAL_RD_INSTITUTION("provincialRdInstitution", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT,
            (b, v) -> b.provincialRdInstitution((Boolean) v)),
    NATIONAL_AWARD_TOP3("nationalAwardTop3", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT,
            (b, v) -> b.nationalAwardTop3((Boolean) v)),
    LED_STANDARD("ledStandard", FieldKind.BOOLEAN, FieldGroup.MANAGEMENT, (b, v) -> b.ledStandard((Boolean) v)),

    ABOVE_SCALE("aboveScale", FieldKind.BOOLEAN, FieldGroup.PROFILE, (b, v) -> b.aboveScale((Boolean) v)),
    SOFTWARE_INDUSTRY("softwareIndustry", FieldKind.BOOLEAN, FieldGroup.PROFILE,
            (b, v) -> b.softwareIndustry((Boolean) v)),
    AUDITED_TAX_METHOD("auditedTaxMethod", FieldKind.BOOLEAN, FieldGroup.PROFILE,
            (b, v) -> b.auditedTaxMethod((Boolean) v)),
    RESTRICTED_INDUSTRY("restrictedIndustry", FieldKind.BOOLEAN, FieldGroup.PROFILE,
            (b, v) -> b.restrictedIndustry((Boolean) v)),

    MAJOR_SAFETY_INCIDENT("majorSafetyIncident", FieldKind.BOOLEAN, FieldGroup.INTEGRITY,
            (b, v) -> b.majorSafetyIncident((Boolean) v)),
    MAJOR_QUALITY_INCIDENT("majorQualityIncident", FieldKind.BOOLEAN, FieldGroup.INTEGRITY,
            (b, v) -> b.majorQualityIncident((Boolean) v)),
    SERIOUS_ENV_VIOLATION("seriousEnvViolation", FieldKind.BOOLEAN, FieldGroup.INTEGRITY,
            (b, v) -> b.seriousEnvViolation((Boolean) v)),
    RESEARCH_MISCONDUCT("researchMisconduct", FieldKind.BOOLEAN, FieldGroup.INTEGRITY,
            (b, v) -> b.researchMisconduct((Boolean) v)),
    SERIOUS_FRAUD("seriousFraud", FieldKind.BOOLEAN, FieldGroup.INTEGRITY, (b, v) -> b.seriousFraud((Boolean) v)),
    ABNORMAL_OPERATION_LIST("abnormalOperationList", FieldKind.BOOLEAN, FieldGroup.INTEGRITY,
            (b, v) -> b.abnormalOperationList((Boolean) v)),
    SERIOUS_DISHONESTY_LIST("seriousDishonestyList", FieldKind.BOOLEAN, FieldGroup.INTEGRITY,
            (b, v) -> b.seriousDishonestyList((Boolean) v));

    /** The record key that is not a column of the enterprise's data but names the year itself. */
    public static final String FISCAL_YEAR = "fiscalYear";

    private static final Map<String, RecordField> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toMap(RecordField::key, Function.identity()));

    private final String key;
    private final FieldKind kind;
    private final FieldGroup group;
    private final BiConsumer<AccountingYear.Builder, Object> setter;

    RecordField(String key, FieldKind kind, FieldGroup group, BiConsumer<AccountingYear.Builder, Object> setter) {
        this.key = key;
        this.kind = kind;
        this.group = group;
        this.setter = setter;
    }

    /** The JSON name and form field name, e.g. {@code techStaff}. */
    public String key() {
        return key;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The form group of a per-year field; null for the enterprise-level ones. */
    public FieldGroup group() {
        return group;
    }

    public boolean perYear() {
        return setter != null;
    }

    /** Enterprise-level columns, also accepted at the top of a request (the form asks for them once). */
    public static List<RecordField> enterpriseLevel() {
        return Arrays.stream(values()).filter(f -> !f.perYear()).toList();
    }

    /** A per-year column the form asks once for every year (its group is {@link FieldGroup#askedOnce()}). */
    public boolean askedOnce() {
        return group != null && group.askedOnce();
    }

    /** The per-year fields of one form group, in catalogue order. */
    public static List<RecordField> inGroup(FieldGroup group) {
        return Arrays.stream(values()).filter(f -> f.group == group).toList();
    }

    public static Optional<RecordField> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    void apply(AccountingYear.Builder year, Object value) {
        setter.accept(year, value);
    }
}
