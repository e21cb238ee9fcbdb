package com.techladder.rules.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How the text of a yes/no or a date is read, the same for the CSV import and the self-check
 * (docs/contracts/import-csv.md, "yes/no" and "dates"). Scanned by hand: a 300,000-row file holds millions of cells.
 */
public final class RecordText {

    private RecordText() {
    }

    /** true/false, 1/0, 是/否, Y/N, yes/no in any case; null when the text is none of them. */
    public static Boolean yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "是", "y", "yes" -> Boolean.TRUE;
            case "false", "0", "否", "n", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * YYYY-MM-DD, YYYY/MM/DD (month and day may have one digit) or YYYY年M月D日; null when the text has none of these
     * shapes. Throws {@link NoSuchDay} for a shape that names no day (2023-02-30).
     */
    public static LocalDate date(String text) {
        int n = text.length();
        int[] pos = {0};
        int year = digits(text, pos, 4, 4);
        char sep1 = pos[0] < n ? text.charAt(pos[0]++) : 0;
        int month = digits(text, pos, 1, 2);
        char sep2 = pos[0] < n ? text.charAt(pos[0]++) : 0;
        int day = digits(text, pos, 1, 2);
        boolean chinese = sep1 == '年' && sep2 == '月' && pos[0] == n - 1 && text.charAt(n - 1) == '日';
        boolean latin = (sep1 == '-' || sep1 == '/') && sep2 == sep1 && pos[0] == n;
        if (year < 0 || month < 0 || day < 0 || !(chinese || latin)) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new NoSuchDay(year, month, day);
        }
    }

    /** A date of the right shape that names no day, with its parts as written. */
    public static final class NoSuchDay extends DateTimeException {

        private final int year;
        private final int month;
        private final int day;

        NoSuchDay(int year, int month, int day) {
            super(year + "-" + month + "-" + day);
            this.year = year;
            this.month = month;
            this.day = day;
        }

        public int year() {
            return year;
        }

        public int month() {
            return month;
        }

        public int day() {
            return day;
        }
    }

    /** Reads between min and max ASCII digits at pos[0]; −1 when there are fewer than min. */
    private static int digits(String text, int[] pos, int min, int max) {
        int value = 0;
        int count = 0;
        while (count < max && pos[0] < text.length() && text.charAt(pos[0]) >= '0' && text.charAt(pos[0]) <= '9') {
            value = value * 10 + (text.charAt(pos[0]++) - '0');
            count++;
        }
        return count < min ? -1 : value;
    }
}
