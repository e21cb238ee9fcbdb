package com.techladder.rules.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rules of one enterprise-year record between its values (docs/contracts/import-csv.md, the "rule" column), for
 * every way a record comes in: the CSV import (batch-import {@code EnterpriseImport}) and the self-check
 * (registry-app {@code SelfCheckValidator}) both call it and say its codes in their reader's language. A value that
 * did not parse is missing here; the rules that need it stay silent.
 */
public final class RecordChecker {

    /**
     * A broken rule: the column that has to change, the fiscal year of the record (null when it has none), the code
     * that names the rule and the values a message quotes. The codes are the self-check API's
     * (docs/contracts/http-api.md) and the keys of the message bundles.
     */
    public record Violation(RecordColumn column, Integer fiscalYear, String code, List<Object> args) {

        public Violation {
            args = List.copyOf(args);
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    /** 成立日期 after today: args (the date, today). */
    public static final String FUTURE_DATE = "futureDate";
    /** args (tech staff, employees). */
    public static final String TECH_STAFF_ABOVE_EMPLOYEES = "techStaffAboveEmployees";
    /** args (total income, revenue), amounts as plain text. */
    public static final String TOTAL_INCOME_BELOW_REVENUE = "totalIncomeBelowRevenue";
    /** args (high-tech revenue, the income it is held to, whether that income is the revenue for want of a total). */
    public static final String HITECH_ABOVE_INCOME = "hitechAboveIncome";
    /** args (domestic R&D, R&D). */
    public static final String DOMESTIC_ABOVE_RD = "domesticAboveRd";

    private final LocalDate today;

    public RecordChecker(LocalDate today) {
        this.today = today;
    }

    /** The rules of the enterprise-level columns (成立日期 not after today). */
    public List<Violation> checkEnterprise(Function<RecordColumn, Object> values, Integer fiscalYear) {
        List<Violation> out = new ArrayList<>(0);
        LocalDate established = (LocalDate) values.apply(RecordColumn.ESTABLISHED_ON);
        if (established != null && established.isAfter(today)) {
            out.add(new Violation(RecordColumn.ESTABLISHED_ON, fiscalYear, FUTURE_DATE, List.of(established, today)));
        }
        return out;
    }

    /** Every rule of a whole record: the enterprise-level ones, then those between the year's figures. */
    public List<Violation> check(Function<RecordColumn, Object> values) {
        Integer fiscalYear = (Integer) values.apply(RecordColumn.FISCAL_YEAR);
        List<Violation> out = checkEnterprise(values, fiscalYear);
        out.addAll(checkYear(values, fiscalYear));
        return out;
    }

    /** The rules between the figures of one accounting year; each names the column that has to change. */
    public List<Violation> checkYear(Function<RecordColumn, Object> values, Integer fiscalYear) {
        List<Violation> out = new ArrayList<>(0);
        Integer employees = (Integer) values.apply(RecordColumn.EMPLOYEES);
        Integer techStaff = (Integer) values.apply(RecordColumn.TECH_STAFF);
        if (employees != null && techStaff != null && techStaff > employees) {
            out.add(new Violation(RecordColumn.TECH_STAFF, fiscalYear, TECH_STAFF_ABOVE_EMPLOYEES,
                    List.of(techStaff, employees)));
        }
        BigDecimal revenue = (BigDecimal) values.apply(RecordColumn.REVENUE);
        BigDecimal totalIncome = (BigDecimal) values.apply(RecordColumn.TOTAL_INCOME);
        if (revenue != null && totalIncome != null && totalIncome.compareTo(revenue) < 0) {
            out.add(new Violation(RecordColumn.TOTAL_INCOME, fiscalYear, TOTAL_INCOME_BELOW_REVENUE,
                    List.of(plain(totalIncome), plain(revenue))));
        }
        BigDecimal income = totalIncome != null ? totalIncome : revenue;
        BigDecimal hitech = (BigDecimal) values.apply(RecordColumn.HITECH_REVENUE);
        if (hitech != null && income != null && hitech.compareTo(income) > 0) {
            out.add(new Violation(RecordColumn.HITECH_REVENUE, fiscalYear, HITECH_ABOVE_INCOME,
                    List.of(plain(hitech), plain(income), totalIncome == null)));
        }
        BigDecimal rd = (BigDecimal) values.apply(RecordColumn.RD_EXPENSE);
        BigDecimal domestic = (BigDecimal) values.apply(RecordColumn.RD_EXPENSE_DOMESTIC);
        if (rd != null && domestic != null && domestic.compareTo(rd) > 0) {
            out.add(new Violation(RecordColumn.RD_EXPENSE_DOMESTIC, fiscalYear, DOMESTIC_ABOVE_RD,
                    List.of(plain(domestic), plain(rd))));
        }
        return out;
    }

    /** An amount as a message quotes it: without trailing zeros, never in exponent notation. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
