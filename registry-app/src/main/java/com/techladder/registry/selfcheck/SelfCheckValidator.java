package com.techladder.registry.selfcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.RecordBounds;
import com.techladder.rules.record.RecordChecker;
import com.techladder.rules.record.RecordColumn;

/**
 * Checks a self-check request against the contract (docs/contracts/http-api.md "Self-check") and the single-record rules of the
 * enterprises CSV (docs/contracts/import-csv.md), collecting every violation before answering — the client fixes all of them in one
 * go. Checks the shape, then each value, then the rules between values of one record.
 */
final class SelfCheckValidator {

    /**
     * The engine assesses year Y with the figures of the accounting years before it (glossary.md); it also reads the
     * years of the fraud ban and, optionally, Y's own record (the current year's integrity flags, 科小 条件(四)
     * "上一会计年度及当年", 高企 条件8). {@code firstFiscalYear} says how far back it reads for a given Y.
     */
    private final IntUnaryOperator firstFiscalYear;
    static final int FIRST_FISCAL_YEAR = RecordBounds.FIRST_YEAR;
    /** An enterprise holds a handful of certificates; more than this is not a real request (issue 11). */
    static final int MAX_CERTIFICATES = 50;
    /** The field path of a problem with the request body as a whole (not JSON, not an object). */
    static final String BODY = "body";

    private final Clock clock;

    SelfCheckValidator(Clock clock, IntUnaryOperator firstFiscalYear) {
        this.clock = clock;
        this.firstFiscalYear = firstFiscalYear;
    }

    /** The profile to evaluate; throws {@link InvalidSelfCheckException} listing every violation. */
    ValidSelfCheck validate(SelfCheckInput input) {
        if (input.shapeViolations().stream().anyMatch(v -> v.field().equals(BODY))) {
            // nothing in an unreadable body can be checked further
            throw new InvalidSelfCheckException(input.shapeViolations());
        }
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>(input.shapeViolations());
        FieldValues values = new FieldValues(today, violations);
        RecordChecker checker = new RecordChecker(today);

        Integer assessmentYear = values.year("assessmentYear", input.assessmentYear(), FIRST_FISCAL_YEAR + 1,
                today.getYear() + 1);
        int firstYear = assessmentYear == null ? 0 : firstFiscalYear.applyAsInt(assessmentYear);
        int yearsRead = assessmentYear == null ? 0 : assessmentYear - firstYear + 1;
        if (input.records().isEmpty()) {
            violations.add(Violation.of("records", "recordsRequired"));
        } else if (assessmentYear != null && input.records().size() > yearsRead) {
            violations.add(Violation.of("records", "tooManyRecords", yearsRead));
        }

        Map<String, Object> enterprise = new HashMap<>();
        Integer newestYear = null;
        List<AccountingYear> years = new ArrayList<>();
        Set<Integer> seenYears = new HashSet<>();
        for (int i = 0; i < input.records().size(); i++) {
            String path = "records[" + i + "]";
            Map<String, String> record = input.records().get(i);
            Integer fiscalYear = fiscalYear(values, path, record, assessmentYear, firstYear, today, violations);
            if (fiscalYear != null && !seenYears.add(fiscalYear)) {
                violations.add(Violation.of(path + "." + RecordColumn.FISCAL_YEAR.key(), "duplicateFiscalYear", fiscalYear));
            }
            AccountingYear.Builder year = AccountingYear.builder(fiscalYear == null ? 0 : fiscalYear);
            Map<RecordColumn, Object> parsed = new HashMap<>();
            for (Map.Entry<String, String> entry : record.entrySet()) {
                String key = entry.getKey();
                if (key.equals(RecordColumn.FISCAL_YEAR.key())) {
                    continue;
                }
                var field = RecordColumn.byKey(key);
                if (field.isEmpty()) {
                    violations.add(Violation.of(path + "." + key, "unknownField"));
                    continue;
                }
                Object value = values.parse(field.get().type(), path + "." + key, entry.getValue());
                if (value != null) {
                    parsed.put(field.get(), value);
                }
            }
            Integer recordYear = fiscalYear;
            for (RecordChecker.Violation v : checker.check(c -> c == RecordColumn.FISCAL_YEAR ? recordYear : parsed.get(c))) {
                violations.add(new Violation(path + "." + v.column().key(), v.code(), v.args()));
            }
            boolean newest = fiscalYear != null && (newestYear == null || fiscalYear > newestYear);
            for (Map.Entry<RecordColumn, Object> e : parsed.entrySet()) {
                if (e.getKey().perYearColumn()) {
                    e.getKey().set(year, e.getValue());
                } else if (newest || !enterprise.containsKey(e.getKey().key())) {
                    // enterprise-level columns take the value of the newest fiscal year (docs/contracts/import-csv.md)
                    enterprise.put(e.getKey().key(), e.getValue());
                }
            }
            if (newest) {
                newestYear = fiscalYear;
            }
            years.add(year.build());
        }

        // given once at the top of the request (the form does so), they win over the records
        Map<RecordColumn, Object> top = new HashMap<>();
        for (RecordColumn field : RecordColumn.enterpriseFields()) {
            Object value = values.parse(field.type(), field.key(), input.enterprise().get(field.key()));
            if (value != null) {
                enterprise.put(field.key(), value);
                top.put(field, value);
            }
        }
        for (RecordChecker.Violation v : checker.checkEnterprise(top::get, null)) {
            violations.add(new Violation(v.column().key(), v.code(), v.args()));
        }

        List<CertificateRecord> certificates = List.of();
        if (input.certificates().size() > MAX_CERTIFICATES) {
            // refused as a whole: none of them is read
            violations.add(Violation.of("certificates", "tooManyCertificates", MAX_CERTIFICATES));
        } else {
            certificates = certificates(values, input.certificates(), violations);
        }

        if (!violations.isEmpty()) {
            throw new InvalidSelfCheckException(violations);
        }
        EnterpriseProfile profile = new EnterpriseProfile(
                (String) enterprise.get(RecordColumn.USCC.key()),
                (String) enterprise.get(RecordColumn.NAME.key()),
                (String) enterprise.get(RecordColumn.DISTRICT.key()),
                (Boolean) enterprise.get(RecordColumn.IN_HITECH_ZONE.key()),
                (LocalDate) enterprise.get(RecordColumn.ESTABLISHED_ON.key()),
                years,
                certificates);
        return new ValidSelfCheck(assessmentYear, profile);
    }

    /**
     * Required; a year the contract accepts (2000 … this year) and one the assessment reads: from {@code firstYear}
     * (Y−3, or further back for the fraud ban) through Y itself (the current year's integrity flags).
     */
    private static Integer fiscalYear(FieldValues values, String path, Map<String, String> record,
            Integer assessmentYear, int firstYear, LocalDate today, List<Violation> violations) {
        String fieldPath = path + "." + RecordColumn.FISCAL_YEAR.key();
        Integer fiscalYear = values.year(fieldPath, record.get(RecordColumn.FISCAL_YEAR.key()), FIRST_FISCAL_YEAR,
                today.getYear());
        if (fiscalYear != null && assessmentYear != null
                && (fiscalYear > assessmentYear || fiscalYear < firstYear)) {
            violations.add(Violation.of(fieldPath, "fiscalYearOutsideAssessment", fiscalYear, assessmentYear,
                    firstYear, assessmentYear));
            return null;
        }
        return fiscalYear;
    }

    private static List<CertificateRecord> certificates(FieldValues values, List<Map<String, String>> rows,
            List<Violation> violations) {
        List<CertificateRecord> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String path = "certificates[" + i + "]";
            Map<String, String> row = rows.get(i);
            row.keySet().stream().filter(k -> !SelfCheckInput.CERTIFICATE_KEYS.contains(k)).sorted()
                    .forEach(k -> violations.add(Violation.of(path + "." + k, "unknownField")));
            String programme = values.programme(path + ".programme", row.get("programme"));
            LocalDate issuedOn = values.certificateDate(path + ".issuedOn", row.get("issuedOn"));
            LocalDate validUntil = values.certificateDate(path + ".validUntil", row.get("validUntil"));
            String number = values.shortText(path + ".certificateNo", row.get("certificateNo"));
            String batch = values.shortText(path + ".batch", row.get("batch"));
            Boolean revoked = values.yesNo(path + ".revoked", row.get("revoked"));
            LocalDate revokedOn = values.certificateDate(path + ".revokedOn", row.get("revokedOn"));
            if (isBlank(row.get("programme"))) {
                violations.add(Violation.of(path + ".programme", "required"));
            }
            if (isBlank(row.get("issuedOn"))) {
                violations.add(Violation.of(path + ".issuedOn", "required"));
            }
            if (issuedOn != null && validUntil != null && validUntil.isBefore(issuedOn)) {
                violations.add(Violation.of(path + ".validUntil", "validUntilBeforeIssued", validUntil, issuedOn));
            }
            if (programme != null && issuedOn != null) {
                out.add(new CertificateRecord(Programme.valueOf(programme), number, issuedOn, validUntil,
                        Boolean.TRUE.equals(revoked), revokedOn, batch));
            }
        }
        return out;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
