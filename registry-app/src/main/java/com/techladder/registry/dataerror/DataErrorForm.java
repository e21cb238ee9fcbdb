package com.techladder.registry.dataerror;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.techladder.rules.record.RecordColumn;

/**
 * The 报告数据错误 form as posted by an enterprise: which field (and year) is wrong, what is wrong, the correct value,
 * a note. The USCC is never part of it: it comes from the signed-in account.
 *
 * @param fiscalYear the accounting year as typed; blank when the field is not one year's
 */
public record DataErrorForm(String field, String fiscalYear, String problem, String correctValue, String note) {

    /** Besides the record's fields: a certificate entry, or anything else. */
    public static final String CERTIFICATE = "certificate";
    public static final String OTHER = "other";
    static final int PROBLEM_MAX = 500;
    static final int VALUE_MAX = 200;
    static final int NOTE_MAX = 500;
    /** Also the bound of a staff answer. */
    static final int ANSWER_MAX = 500;

    /** The fields a report may name, in the order the form offers them: the record's, then certificate and other. */
    public static List<String> fields() {
        List<String> fields = new ArrayList<>();
        Stream.of(RecordColumn.NAME, RecordColumn.DISTRICT, RecordColumn.ESTABLISHED_ON, RecordColumn.IN_HITECH_ZONE)
                .map(RecordColumn::key).forEach(fields::add);
        RecordColumn.all().stream().filter(RecordColumn::perYearColumn).map(RecordColumn::key).forEach(fields::add);
        fields.add(CERTIFICATE);
        fields.add(OTHER);
        return fields;
    }

    public static DataErrorForm empty() {
        return new DataErrorForm(null, null, null, null, null);
    }

    /** What is wrong with the form, by input name, as message keys of the bundles; empty when it may be stored. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (field == null || !fields().contains(field)) {
            problems.put("field", "dataError.error.field");
        }
        if (!isBlank(fiscalYear) && year() == null) {
            problems.put("fiscalYear", "dataError.error.fiscalYear");
        }
        if (isBlank(problem)) {
            problems.put("problem", "dataError.error.problem");
        } else if (problem.strip().length() > PROBLEM_MAX) {
            problems.put("problem", "dataError.error.tooLong");
        }
        if (!isBlank(correctValue) && correctValue.strip().length() > VALUE_MAX) {
            problems.put("correctValue", "dataError.error.tooLong");
        }
        if (!isBlank(note) && note.strip().length() > NOTE_MAX) {
            problems.put("note", "dataError.error.tooLong");
        }
        return problems;
    }

    /** The accounting year, null when none was given or it is not a year the registry can hold. */
    public Integer year() {
        if (isBlank(fiscalYear)) {
            return null;
        }
        try {
            int year = Integer.parseInt(fiscalYear.strip());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
