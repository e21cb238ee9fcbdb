package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.record.RecordColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the committed CSV files into the rules module's {@link EnterpriseProfile}s, so the sample can be run through
 * the real policy engine. Each per-year column is read by the record contract's type and set through it
 * (rules' RecordColumn).
 */
final class ProfilesFromCsv {

    private ProfilesFromCsv() {
    }

    static List<EnterpriseProfile> profiles(List<SampleEnterprise> enterprises, List<Map<String, String>> certificates) {
        Map<String, List<CertificateRecord>> byUscc = new HashMap<>();
        for (Map<String, String> c : certificates) {
            byUscc.computeIfAbsent(c.get("uscc"), u -> new ArrayList<>()).add(certificate(c));
        }
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (SampleEnterprise e : enterprises) {
            List<AccountingYear> years = e.years().stream().map(ProfilesFromCsv::year).toList();
            String district = FuzhouDivision.parse(e.text("district")).orElseThrow().code();
            Boolean zone = e.text("in_hitech_zone").isEmpty() ? null : e.flag("in_hitech_zone");
            profiles.add(new EnterpriseProfile(e.uscc(), e.text("name"), district, zone, e.establishedOn(), years,
                    byUscc.getOrDefault(e.uscc(), List.of())));
        }
        return profiles;
    }

    private static CertificateRecord certificate(Map<String, String> c) {
        return new CertificateRecord(Programme.parse(c.get("programme")), emptyToNull(c.get("certificate_no")),
                LocalDate.parse(c.get("issued_on")), date(c.get("valid_until")), "true".equals(c.get("revoked")),
                date(c.get("revoked_on")), emptyToNull(c.get("batch")));
    }

    private static AccountingYear year(Map<String, String> row) {
        AccountingYear.Builder builder = AccountingYear.builder(Integer.parseInt(row.get("fiscal_year")));
        for (RecordColumn column : RecordColumn.perYear()) {
            String value = row.get(column.csvName());
            if (value == null || value.isEmpty()) {
                continue;
            }
            column.set(builder, switch (column.type()) {
                case AMOUNT, SIGNED_AMOUNT -> new BigDecimal(value);
                case BOOLEAN -> Boolean.valueOf(value);
                case TECH_FIELD -> TechField.parse(value).orElseThrow().number();
                default -> Integer.valueOf(value);
            });
        }
        return builder.build();
    }

    private static LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
