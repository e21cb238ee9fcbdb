package com.techladder.sampledata;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of one enterprise in an enterprises file, oldest fiscal year first, with typed access for the tests. */
record SampleEnterprise(String uscc, List<Map<String, String>> years) {

    static List<SampleEnterprise> group(CsvTable enterprises) {
        Map<String, List<Map<String, String>>> byUscc = new LinkedHashMap<>();
        for (Map<String, String> row : enterprises.rows()) {
            byUscc.computeIfAbsent(row.get("uscc"), u -> new ArrayList<>()).add(row);
        }
        List<SampleEnterprise> result = new ArrayList<>();
        byUscc.forEach((uscc, rows) -> {
            rows.sort(Comparator.comparing(row -> Integer.parseInt(row.get("fiscal_year"))));
            result.add(new SampleEnterprise(uscc, rows));
        });
        return result;
    }

    Map<String, String> latest() {
        return years.get(years.size() - 1);
    }

    String text(String column) {
        return latest().get(column);
    }

    BigDecimal amount(String column) {
        return amount(latest(), column);
    }

    static BigDecimal amount(Map<String, String> row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : new BigDecimal(value);
    }

    boolean flag(String column) {
        return "true".equals(text(column));
    }

    int count(String column) {
        String value = text(column);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    LocalDate establishedOn() {
        return LocalDate.parse(text("established_on"));
    }

    /** The column's total over all years, or null when a year lacks it. */
    BigDecimal sum(String column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, String> row : years) {
            BigDecimal value = amount(row, column);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** numerator ÷ denominator, or null when either is missing or the denominator is zero. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    BigDecimal staffRatio() {
        return ratio(new BigDecimal(text("tech_staff")), new BigDecimal(text("employees")));
    }
}
