package com.techladder.registry.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.MultiValueMap;

import com.techladder.registry.enterprise.EnterpriseRecord;
import com.techladder.rules.record.RecordColumn;
import com.techladder.registry.selfcheck.SelfCheckInput;
import com.techladder.registry.system.FieldProblem;

/**
 * The self-check form as posted: field names are the API's paths ({@code assessmentYear}, {@code district},
 * {@code records[0].techStaff}, {@code certificates[1].issuedOn}), so the validator's messages land next to the
 * right input. Column {@code i} of the years table is the accounting year {@code assessmentYear − 1 − i}; a column
 * or certificate row left entirely empty is not sent to the engine. The columns a group {@linkplain
 * RecordColumn#askedOnce() asks once} (type, systems, integrity) are posted in column 0 and sent in every year's record,
 * so the request is the one the three-column form sent with the same answer in each column.
 */
public final class SelfCheckForm {

    static final int YEAR_COLUMNS = 3;
    static final int CERTIFICATE_ROWS = 3;
    /** Posted by the form's button that opens the two earlier years (without JavaScript: the form comes back). */
    static final String SHOW_EARLIER = "showEarlier";
    /** Posted by the browser but not part of the data: CSRF token, language switch, the earlier years' button. */
    private static final List<String> NOT_DATA = List.of("_csrf", "lang", SHOW_EARLIER);
    private static final Pattern MORE_CERTIFICATES = Pattern.compile("certificates\\[[1-9]\\d*]\\..*");
    private static final Pattern INDEXED = Pattern.compile("(records|certificates)\\[(\\d)]\\.(\\w+)");

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final boolean earlierAsked;

    private SelfCheckForm(Map<String, String> values, boolean earlierAsked) {
        this.values = values;
        this.earlierAsked = earlierAsked;
    }

    private SelfCheckForm(Map<String, String> values) {
        this(values, false);
    }

    static SelfCheckForm empty(int assessmentYear) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assessmentYear", String.valueOf(assessmentYear));
        return new SelfCheckForm(values);
    }

    static SelfCheckForm posted(MultiValueMap<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, list) -> {
            if (!NOT_DATA.contains(name) && list != null && !list.isEmpty() && list.get(0) != null
                    && !list.get(0).isBlank()) {
                values.put(name, list.get(0).strip());
            }
        });
        return new SelfCheckForm(values, parameters.containsKey(SHOW_EARLIER));
    }

    /**
     * The form filled from an enterprise's registry record: its identity, the figures of the three years the
     * assessment year reads (the year after its newest figures), the once-asked answers from the newest year that gives
     * them, and its newest certificates.
     */
    static SelfCheckForm fromRegistry(EnterpriseRecord record, int fallbackAssessmentYear) {
        return fromRegistry(record, fallbackAssessmentYear, true);
    }

    /** The form filled from a registry record for exactly {@code assessmentYear} (the year of an official run). */
    static SelfCheckForm fromRegistryFor(EnterpriseRecord record, int assessmentYear) {
        return fromRegistry(record, assessmentYear, false);
    }

    private static SelfCheckForm fromRegistry(EnterpriseRecord record, int givenYear, boolean followData) {
        int assessmentYear = !followData ? givenYear : record.years().stream().map(y -> y.get(RecordColumn.FISCAL_YEAR.key()))
                .filter(Number.class::isInstance).mapToInt(y -> ((Number) y).intValue() + 1).max().orElse(givenYear);
        SelfCheckForm form = empty(assessmentYear);
        Map<String, String> values = form.values;
        put(values, RecordColumn.NAME.key(), record.name());
        put(values, RecordColumn.USCC.key(), record.uscc());
        put(values, RecordColumn.DISTRICT.key(), record.district());
        put(values, RecordColumn.ESTABLISHED_ON.key(), record.establishedOn());
        put(values, RecordColumn.IN_HITECH_ZONE.key(), record.inHitechZone());
        List<Integer> years = form.fiscalYears(assessmentYear);
        for (int col = 0; col < YEAR_COLUMNS; col++) {
            int fiscalYear = years.get(col);
            Map<String, Object> year = record.years().stream()
                    .filter(y -> y.get(RecordColumn.FISCAL_YEAR.key()) instanceof Number n && n.intValue() == fiscalYear)
                    .findFirst().orElse(Map.of());
            for (RecordColumn field : RecordColumn.all()) {
                if (field.perYearColumn()) {
                    // once-asked answers go to column 0, from the newest year that gives one
                    String name = "records[" + (field.askedOnce() ? 0 : col) + "]." + field.key();
                    if (!values.containsKey(name)) {
                        put(values, name, year.get(field.key()));
                    }
                }
            }
        }
        List<EnterpriseRecord.Certificate> newest = record.certificates().stream()
                .sorted(Comparator.comparing(EnterpriseRecord.Certificate::issuedOn).reversed())
                .limit(CERTIFICATE_ROWS).toList();
        for (int i = 0; i < newest.size(); i++) {
            EnterpriseRecord.Certificate c = newest.get(i);
            put(values, "certificates[" + i + "].programme", c.programme());
            put(values, "certificates[" + i + "].issuedOn", c.issuedOn());
            put(values, "certificates[" + i + "].validUntil", c.validUntil());
        }
        return form;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString());
        }
    }

    /**
     * The two earlier years are shown: asked for, or holding a value or a message. Otherwise the form shows the latest
     * year only and offers the others on demand.
     */
    public boolean showEarlier() {
        return earlierAsked || values.keySet().stream().anyMatch(SelfCheckForm::inEarlierYear)
                || errors.keySet().stream().anyMatch(SelfCheckForm::inEarlierYear);
    }

    /** A certificate after the first holds a value or a message: the folded rows are shown open. */
    public boolean moreCertificates() {
        return Stream.concat(values.keySet().stream(), errors.keySet().stream())
                .anyMatch(name -> MORE_CERTIFICATES.matcher(name).matches());
    }

    private static boolean inEarlierYear(String name) {
        Matcher m = INDEXED.matcher(name);
        return m.matches() && m.group(1).equals("records") && !m.group(2).equals("0");
    }

    /** The posted values, for the hidden fields that re-post the form (edit, language switch). */
    public Map<String, String> values() {
        return values;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The HTML id of the input named {@code name}: {@code records[0].techStaff} → {@code records-0-techStaff}. */
    public String id(String name) {
        return name.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** The assessment year chosen, or {@code fallback} when the field is missing or not a number. */
    int assessmentYear(int fallback) {
        try {
            return Integer.parseInt(value("assessmentYear"));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Accounting years of the columns, newest first. */
    List<Integer> fiscalYears(int fallbackAssessmentYear) {
        int year = assessmentYear(fallbackAssessmentYear);
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < YEAR_COLUMNS; i++) {
            years.add(year - 1 - i);
        }
        return years;
    }

    /** The request the validator sees, remembering which column each record came from. */
    Mapped toInput(int fallbackAssessmentYear) {
        Map<String, String> enterprise = new HashMap<>();
        Map<Integer, Map<String, String>> columns = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> certificateRows = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Matcher m = INDEXED.matcher(name);
            if (m.matches()) {
                var target = m.group(1).equals("records") ? columns : certificateRows;
                target.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new HashMap<>()).put(m.group(3), value);
            } else if (RecordColumn.enterpriseFields().stream().anyMatch(f -> f.key().equals(name))) {
                enterprise.put(name, value);
            }
        });
        Map<String, String> askedOnce = columns.getOrDefault(0, Map.of()).entrySet().stream()
                .filter(e -> RecordColumn.byKey(e.getKey()).filter(RecordColumn::askedOnce).isPresent())
                .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll);
        columns.values().forEach(record -> askedOnce.forEach(record::putIfAbsent));
        List<Integer> years = fiscalYears(fallbackAssessmentYear);
        List<Integer> recordColumns = new ArrayList<>();
        List<Map<String, String>> records = new ArrayList<>();
        columns.keySet().stream().sorted().filter(i -> i < YEAR_COLUMNS).forEach(i -> {
            Map<String, String> record = columns.get(i);
            record.put(RecordColumn.FISCAL_YEAR.key(), String.valueOf(years.get(i)));
            records.add(record);
            recordColumns.add(i);
        });
        List<Integer> certificateIndexes = new ArrayList<>();
        List<Map<String, String>> certificates = new ArrayList<>();
        certificateRows.keySet().stream().sorted().forEach(i -> {
            certificates.add(certificateRows.get(i));
            certificateIndexes.add(i);
        });
        SelfCheckInput input = new SelfCheckInput(value("assessmentYear"), enterprise, records, certificates, List.of());
        return new Mapped(input, recordColumns, certificateIndexes);
    }

    /**
     * The error summary: each message with the field it concerns and, for a year's figure, that year; each line links
     * to its input.
     *
     * @param labelKey    the bundle key naming the field ({@code field.techStaff}, a group heading for the whole list)
     * @param fiscalYear  the accounting year of a per-year figure, null otherwise (also for once-asked answers)
     * @param certificate the certificate row, counted from 1; null when not a certificate's field
     */
    public record ErrorLine(String anchor, String labelKey, Integer fiscalYear, Integer certificate, String message) {
    }

    /** The messages as {@link ErrorLine}s, in the order the validator reported them. */
    List<ErrorLine> errorLines(List<Integer> fiscalYears) {
        List<ErrorLine> lines = new ArrayList<>();
        errors.forEach((name, message) -> {
            Matcher m = INDEXED.matcher(name);
            if (m.matches() && m.group(1).equals("records")) {
                int col = Integer.parseInt(m.group(2));
                boolean once = RecordColumn.byKey(m.group(3)).filter(RecordColumn::askedOnce).isPresent();
                Integer year = once || col >= fiscalYears.size() ? null : fiscalYears.get(col);
                lines.add(new ErrorLine(id(name), "field." + m.group(3), year, null, message));
            } else if (m.matches()) {
                lines.add(new ErrorLine(id(name), "field." + m.group(3), null, Integer.parseInt(m.group(2)) + 1, message));
            } else if (name.startsWith("records")) {
                lines.add(new ErrorLine("group-years", "selfcheck.group.YEARS", null, null, message));
            } else if (name.startsWith("certificates")) {
                lines.add(new ErrorLine("group-certificates", "selfcheck.group.CERTIFICATES", null, null, message));
            } else {
                lines.add(new ErrorLine(id(name), "field." + name, null, null, message));
            }
        });
        return lines;
    }

    /** Puts the validator's messages next to the inputs they concern. */
    void showErrors(Mapped mapped, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            errors.putIfAbsent(mapped.formField(problem.field()), problem.message());
        }
    }

    /** A request built from the form, and the form row each of its records and certificates came from. */
    record Mapped(SelfCheckInput input, List<Integer> recordColumns, List<Integer> certificateRows) {

        private static final Pattern PATH = Pattern.compile("(records|certificates)\\[(\\d+)](.*)");

        /** {@code records[0].techStaff} of the request → the form's {@code records[2].techStaff}. */
        String formField(String requestPath) {
            Matcher m = PATH.matcher(requestPath);
            if (!m.matches()) {
                return requestPath;
            }
            List<Integer> rows = m.group(1).equals("records") ? recordColumns : certificateRows;
            int index = Integer.parseInt(m.group(2));
            if (index >= rows.size()) {
                return requestPath;
            }
            // a once-asked answer has its input in column 0, whichever year's copy the message is about
            boolean once = m.group(1).equals("records") && m.group(3).startsWith(".")
                    && RecordColumn.byKey(m.group(3).substring(1)).filter(RecordColumn::askedOnce).isPresent();
            return m.group(1) + "[" + (once ? 0 : rows.get(index)) + "]" + m.group(3);
        }
    }
}
