package com.techladder.registry.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import com.techladder.registry.selfcheck.RecordField;
import com.techladder.registry.selfcheck.SelfCheckInput;
import com.techladder.registry.system.FieldProblem;

/**
 * The self-check form as posted: field names are the API's paths ({@code assessmentYear}, {@code district},
 * {@code records[0].techStaff}, {@code certificates[1].issuedOn}), so the validator's messages land next to the
 * right input. Column {@code i} of the years table is the accounting year {@code assessmentYear − 1 − i}; a column
 * or certificate row left entirely empty is not sent to the engine.
 */
public final class SelfCheckForm {

    static final int YEAR_COLUMNS = 3;
    static final int CERTIFICATE_ROWS = 3;
    /** Posted by the browser but not part of the data: CSRF token, language switch. */
    private static final List<String> NOT_DATA = List.of("_csrf", "lang");
    private static final Pattern INDEXED = Pattern.compile("(records|certificates)\\[(\\d)]\\.(\\w+)");

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private SelfCheckForm(Map<String, String> values) {
        this.values = values;
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
        return new SelfCheckForm(values);
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
            } else if (RecordField.enterpriseLevel().stream().anyMatch(f -> f.key().equals(name))) {
                enterprise.put(name, value);
            }
        });
        List<Integer> years = fiscalYears(fallbackAssessmentYear);
        List<Integer> recordColumns = new ArrayList<>();
        List<Map<String, String>> records = new ArrayList<>();
        columns.keySet().stream().sorted().filter(i -> i < YEAR_COLUMNS).forEach(i -> {
            Map<String, String> record = columns.get(i);
            record.put(RecordField.FISCAL_YEAR, String.valueOf(years.get(i)));
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
            return index < rows.size() ? m.group(1) + "[" + rows.get(index) + "]" + m.group(3) : requestPath;
        }
    }
}
