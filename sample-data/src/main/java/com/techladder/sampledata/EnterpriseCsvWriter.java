package com.techladder.sampledata;

import com.techladder.rules.identity.TechField;
import com.techladder.rules.record.RecordColumn;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes enterprises in the record contract's column order (rules' {@link RecordColumn}), one row per fiscal year.
 * A column the generator does not draw — one added to the contract later — is written empty (missing), so a new
 * indicator changes neither the generator nor the figures of the committed files.
 */
final class EnterpriseCsvWriter {

    private static final List<RecordColumn> COLUMNS = RecordColumn.all();

    private final Writer out;
    private final CsvRow row = new CsvRow();

    EnterpriseCsvWriter(Writer out) throws IOException {
        this.out = out;
        CsvRow.writeHeader(out, CsvColumns.ENTERPRISES);
    }

    /** @return the rows written */
    int write(SyntheticEnterprise e) throws IOException {
        String district = e.districtByName ? e.district.nameZh() : e.district.code();
        String established = e.establishedOn.toString();
        for (YearFigures y : e.years) {
            for (RecordColumn column : COLUMNS) {
                cell(column, e, y, district, established);
            }
            row.writeTo(out);
        }
        return e.years.length;
    }

    private void cell(RecordColumn column, SyntheticEnterprise e, YearFigures y, String district, String established) {
        switch (column) {
            case USCC -> row.text(e.uscc);
            case NAME -> row.text(e.name);
            case DISTRICT -> row.text(district);
            case IN_HITECH_ZONE -> row.bool(e.inHitechZone);
            case ESTABLISHED_ON -> row.text(established);
            case FISCAL_YEAR -> row.integer(y.fiscalYear);
            case EMPLOYEES -> row.integer(y.employees);
            case TECH_STAFF -> row.integer(y.techStaff);
            case REVENUE -> row.amount(y.revenue);
            case TOTAL_INCOME -> row.amount(y.totalIncome);
            case HITECH_REVENUE -> row.amount(y.hitechRevenue);
            case TOTAL_ASSETS -> row.amount(y.totalAssets);
            case TOTAL_LIABILITIES -> row.amount(y.totalLiabilities);
            case NET_ASSETS -> row.amount(y.netAssets);
            case TOTAL_COST -> row.amount(y.totalCost);
            case RD_EXPENSE -> row.amount(y.rdExpense);
            case RD_EXPENSE_DOMESTIC -> row.amount(y.rdExpenseDomestic);
            case IP_CLASS1 -> row.optionalCount(y.ipClass1);
            case IP_CLASS2 -> row.optionalCount(y.ipClass2);
            case IP_SELF_DEVELOPED -> row.bool(y.ipSelfDeveloped);
            case TECH_FIELD -> techField(e, y);
            case TECH_CONVERSIONS -> row.optionalCount(y.techConversions);
            case EXPERT_INNOVATION_SCORE -> row.optionalCount(y.expertInnovationScore);
            case RD_MGMT_SYSTEM -> row.bool(y.rdMgmtSystem);
            case RD_INSTITUTION -> row.bool(y.rdInstitution);
            case CONVERSION_INCENTIVES -> row.bool(y.conversionIncentives);
            case TALENT_SYSTEM -> row.bool(y.talentSystem);
            case PROVINCIAL_RD_INSTITUTION -> row.bool(y.provincialRdInstitution);
            case NATIONAL_AWARD_TOP3 -> row.bool(y.nationalAwardTop3);
            case LED_STANDARD -> row.bool(y.ledStandard);
            case ABOVE_SCALE -> row.bool(y.aboveScale);
            case SOFTWARE_INDUSTRY -> row.bool(y.softwareIndustry);
            case AUDITED_TAX_METHOD -> row.bool(y.auditedTaxMethod);
            case RESTRICTED_INDUSTRY -> row.bool(y.restrictedIndustry);
            case MAJOR_SAFETY_INCIDENT -> row.bool(y.majorSafetyIncident);
            case MAJOR_QUALITY_INCIDENT -> row.bool(y.majorQualityIncident);
            case SERIOUS_ENV_VIOLATION -> row.bool(y.seriousEnvViolation);
            case RESEARCH_MISCONDUCT -> row.bool(y.researchMisconduct);
            case SERIOUS_FRAUD -> row.bool(y.seriousFraud);
            case ABNORMAL_OPERATION_LIST -> row.bool(y.abnormalOperationList);
            case SERIOUS_DISHONESTY_LIST -> row.bool(y.seriousDishonestyList);
            case RD_SUPER_DEDUCTION -> row.amount(y.rdSuperDeduction);
            case INCOME_TAX_PAYABLE -> row.amount(y.incomeTaxPayable);
            default -> row.text(null);
        }
    }

    /** Firms whose district is written by name also name their field (技术领域 1–8 or name, both accepted). */
    private void techField(SyntheticEnterprise e, YearFigures y) {
        if (y.techField == YearFigures.MISSING_COUNT) {
            row.text(null);
        } else if (e.districtByName) {
            row.text(TechField.byNumber(y.techField).orElseThrow().nameZh());
        } else {
            row.integer(y.techField);
        }
    }
}
