package com.techladder.sampledata;

import com.techladder.rules.identity.TechField;
import java.io.IOException;
import java.io.Writer;

/** Writes enterprises in the contract's column order, one row per fiscal year. */
final class EnterpriseCsvWriter {

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
            row.text(e.uscc).text(e.name).text(district).bool(e.inHitechZone).text(established)
                    .integer(y.fiscalYear).integer(y.employees).integer(y.techStaff)
                    .amount(y.revenue).amount(y.totalIncome).amount(y.hitechRevenue)
                    .amount(y.totalAssets).amount(y.totalLiabilities).amount(y.netAssets).amount(y.totalCost)
                    .amount(y.rdExpense).amount(y.rdExpenseDomestic)
                    .optionalCount(y.ipClass1).optionalCount(y.ipClass2).bool(y.ipSelfDeveloped);
            techField(e, y);
            row.optionalCount(y.techConversions).optionalCount(y.expertInnovationScore)
                    .bool(y.rdMgmtSystem).bool(y.rdInstitution).bool(y.conversionIncentives).bool(y.talentSystem)
                    .bool(y.provincialRdInstitution).bool(y.nationalAwardTop3).bool(y.ledStandard)
                    .bool(y.aboveScale).bool(y.softwareIndustry).bool(y.auditedTaxMethod).bool(y.restrictedIndustry)
                    .bool(y.majorSafetyIncident).bool(y.majorQualityIncident).bool(y.seriousEnvViolation)
                    .bool(y.researchMisconduct).bool(y.seriousFraud).bool(y.abnormalOperationList)
                    .bool(y.seriousDishonestyList)
                    .amount(y.rdSuperDeduction).amount(y.incomeTaxPayable)
                    .writeTo(out);
        }
        return e.years.length;
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
