package com.techladder.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Builds one RFC 4180 line in a reused buffer. Amounts arrive as hundredths of 万元 and are printed without
 * BigDecimal, because formatting dominates the generator's time on a million enterprises.
 */
final class CsvRow {

    private final StringBuilder line = new StringBuilder(512);
    private boolean empty = true;

    CsvRow text(String value) {
        separate();
        if (value == null) {
            return this;
        }
        if (needsQuotes(value)) {
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvRow integer(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** A count or score; {@link YearFigures#MISSING_COUNT} leaves the cell empty (missing, not zero). */
    CsvRow optionalCount(int value) {
        separate();
        if (value != YearFigures.MISSING_COUNT) {
            line.append(value);
        }
        return this;
    }

    /** An amount in hundredths of 万元, printed as 万元 with at most two decimals; MISSING leaves the cell empty. */
    CsvRow amount(long hundredths) {
        separate();
        if (hundredths == YearFigures.MISSING) {
            return this;
        }
        long abs = Math.abs(hundredths);
        if (hundredths < 0) {
            line.append('-');
        }
        line.append(abs / 100);
        long cents = abs % 100;
        if (cents != 0) {
            line.append('.');
            if (cents % 10 == 0) {
                line.append(cents / 10);
            } else {
                if (cents < 10) {
                    line.append('0');
                }
                line.append(cents);
            }
        }
        return this;
    }

    CsvRow bool(Boolean value) {
        separate();
        if (value != null) {
            line.append(value ? "true" : "false");
        }
        return this;
    }

    void writeTo(Writer out) throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        empty = true;
    }

    static void writeHeader(Writer out, List<String> columns) throws IOException {
        CsvRow row = new CsvRow();
        columns.forEach(row::text);
        row.writeTo(out);
    }

    private void separate() {
        if (!empty) {
            line.append(',');
        }
        empty = false;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
