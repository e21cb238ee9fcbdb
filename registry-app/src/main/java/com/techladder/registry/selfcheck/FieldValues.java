package com.techladder.registry.selfcheck;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.identity.Uscc;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.RecordBounds;
import com.techladder.rules.record.RecordText;
import com.techladder.rules.record.ValueType;

/**
 * Turns the text of one self-check value into its typed value by the record contract's {@link ValueType} (or, for
 * certificates, by the certificate field), adding a {@link Violation} when it breaks the rule. Values come from JSON
 * literals and HTML inputs, so numbers are plain decimals (the CSV import's thousands separators are not needed
 * here); yes/no answers and dates are read as the import reads them ({@link RecordText}).
 */
final class FieldValues {

    static final int MAX_DECIMALS = RecordBounds.AMOUNT_DECIMALS;
    static final int FIRST_FISCAL_YEAR = RecordBounds.FIRST_YEAR;
    /**
     * The longest number text read: "123456789012.1234" is 17 characters. Longer ones are refused unread, so a value of
     * a hundred thousand digits costs nothing (parsing it is quadratic).
     */
    static final int MAX_NUMBER_TEXT = 40;
    static final int NAME_MAX = 200;
    static final int SHORT_TEXT_MAX = 100;

    private final LocalDate today;
    private final List<Violation> violations;

    FieldValues(LocalDate today, List<Violation> violations) {
        this.today = today;
        this.violations = violations;
    }

    /** The typed value of a record column, or null when missing or broken (then a violation names {@code path}). */
    Object parse(ValueType type, String path, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        return switch (type) {
            case NAME -> text(path, text, NAME_MAX);
            case USCC -> uscc(path, text);
            case DISTRICT -> FuzhouDivision.parse(text).map(FuzhouDivision::code)
                    .orElseGet(() -> invalid(path, "unknownDistrict", text));
            case DATE -> date(path, text);
            case FISCAL_YEAR -> year(path, text, FIRST_FISCAL_YEAR, today.getYear());
            case BOOLEAN -> bool(path, text);
            case COUNT -> count(path, text);
            case AMOUNT -> amount(path, text, false);
            case SIGNED_AMOUNT -> amount(path, text, true);
            case TECH_FIELD -> TechField.parse(text).map(TechField::number)
                    .orElseGet(() -> invalid(path, "unknownTechField", text));
            case SCORE -> score(path, text);
        };
    }

    /** A certificate's 类别, or null when missing or broken. */
    String programme(String path, String raw) {
        return isBlank(raw) ? null : programmeOf(path, raw.strip());
    }

    /** A certificate's date, or null when missing or broken. */
    LocalDate certificateDate(String path, String raw) {
        return isBlank(raw) ? null : date(path, raw.strip());
    }

    /** A certificate's number or batch (at most 100 characters), or null when missing or broken. */
    String shortText(String path, String raw) {
        return isBlank(raw) ? null : text(path, raw.strip(), SHORT_TEXT_MAX);
    }

    /** A certificate's yes/no, or null when missing or broken. */
    Boolean yesNo(String path, String raw) {
        return isBlank(raw) ? null : bool(path, raw.strip());
    }

    private static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    /** A whole number in [min, max]; used for the years, whose bounds depend on the request. */
    Integer year(String path, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return invalid(path, "required");
        }
        BigDecimal number = number(path, raw.strip());
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return invalid(path, "yearRange", min, max);
        }
        return number.intValueExact();
    }

    private String text(String path, String text, int max) {
        return text.length() > max ? invalid(path, "tooLong", max) : text;
    }

    private String uscc(String path, String text) {
        if (Uscc.isValid(text)) {
            return Uscc.normalise(text);
        }
        // the broken GB 32100 rule, said in the reader's language inside the self-check's sentence
        Uscc.Problem problem = Uscc.problem(text).orElseThrow();
        return invalid(path, "invalidUscc", new DefaultMessageSourceResolvable(new String[] {problem.code()},
                problem.args().stream().map(String::valueOf).toArray()));
    }

    private LocalDate date(String path, String text) {
        LocalDate date;
        try {
            date = RecordText.date(text);
            if (date == null) {
                // ISO beyond the import's shapes (-0001-01-01, +10000-01-01): refused by range, as before
                date = LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            return invalid(path, "notDate", text);
        }
        if (!RecordBounds.dateInRange(date)) {
            return invalid(path, "dateRange", RecordBounds.EARLIEST_DATE, RecordBounds.LATEST_DATE);
        }
        return date;
    }

    private Boolean bool(String path, String text) {
        Boolean value = RecordText.yesNo(text);
        return value != null ? value : invalid(path, "notBoolean", text);
    }

    private Integer count(String path, String text) {
        BigDecimal number = number(path, text);
        if (number == null) {
            return null;
        }
        if (number.signum() < 0) {
            return invalid(path, "negative");
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return invalid(path, "notCount", text);
        }
        return number.intValueExact();
    }

    private Integer score(String path, String text) {
        BigDecimal number = number(path, text);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
            return invalid(path, "scoreRange", text);
        }
        return number.intValueExact();
    }

    private BigDecimal amount(String path, String text, boolean mayBeNegative) {
        BigDecimal number = number(path, text);
        if (number == null) {
            return null;
        }
        if (!mayBeNegative && number.signum() < 0) {
            return invalid(path, "negative");
        }
        if (!RecordBounds.amountFits(number)) {
            return invalid(path, "amountTooLarge", RecordBounds.AMOUNT_INTEGER_DIGITS);
        }
        if (!RecordBounds.decimalsFit(number)) {
            return invalid(path, "tooManyDecimals", MAX_DECIMALS);
        }
        return number;
    }

    private String programmeOf(String path, String text) {
        try {
            return Programme.parse(text).name();
        } catch (IllegalArgumentException e) {
            return invalid(path, "unknownProgramme", text);
        }
    }

    private BigDecimal number(String path, String text) {
        if (text.length() > MAX_NUMBER_TEXT) {
            return invalid(path, "notNumber", text.substring(0, 20) + "…");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return invalid(path, "notNumber", text);
        }
    }

    /** Records the violation and answers null, so a broken value reads as missing for the checks that follow. */
    private <T> T invalid(String path, String code, Object... args) {
        violations.add(Violation.of(path, code, args));
        return null;
    }
}
