package com.techladder.sampledata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import com.techladder.rules.record.RecordColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The row rules of docs/contracts/import-csv.md, written again from the contract for the tests (not the importer's or
 * the generator's code): returns what a row breaks, empty when it is clean.
 */
final class ContractRowCheck {

    /** The record contract's CSV names (rules' RecordColumn); the checks below restate each column's rule. */
    static final List<String> ENTERPRISE_COLUMNS = RecordColumn.all().stream().map(RecordColumn::csvName).toList();
    static final List<String> CERTIFICATE_COLUMNS = List.of(
            "uscc", "name", "programme", "certificate_no", "issued_on", "valid_until", "batch", "revoked",
            "revoked_on");

    /** docs/policy/identifiers.md, codes and names. */
    static final Map<String, String> DIVISIONS = Map.ofEntries(
            Map.entry("350100", "福州市"), Map.entry("350102", "鼓楼区"), Map.entry("350103", "台江区"),
            Map.entry("350104", "仓山区"), Map.entry("350105", "马尾区"), Map.entry("350111", "晋安区"),
            Map.entry("350112", "长乐区"), Map.entry("350121", "闽侯县"), Map.entry("350122", "连江县"),
            Map.entry("350123", "罗源县"), Map.entry("350124", "闽清县"), Map.entry("350125", "永泰县"),
            Map.entry("350128", "平潭县"), Map.entry("350181", "福清市"));
    static final List<String> TECH_FIELDS = List.of(
            "电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化");
    private static final Set<String> BOOLEANS = Set.of("true", "false", "1", "0", "是", "否", "y", "n");
    private static final Set<String> PROGRAMMES = Set.of("TECH_SME", "PROVINCIAL_HTE", "NATIONAL_HTE", "LITTLE_GIANT");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,4})?");
    private static final Pattern COUNT = Pattern.compile("\\d+");
    /** 国家高企 number shape (docs/policy/national-hte.md); a mismatch is only a warning on import. */
    static final Pattern NATIONAL_NUMBER = Pattern.compile("GR\\d{4}35\\d{5}");
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> row;

    private ContractRowCheck(Map<String, String> row) {
        this.row = row;
    }

    static List<String> enterpriseRow(Map<String, String> row, LocalDate today) {
        ContractRowCheck c = new ContractRowCheck(row);
        c.require(!row.containsKey(CsvTable.CELL_COUNT_MISMATCH), "as many cells as the header has columns");
        c.uscc();
        c.require(!row.get("name").isBlank() && row.get("name").length() <= 200, "name");
        String district = row.get("district");
        c.require(DIVISIONS.containsKey(district) || DIVISIONS.containsValue(district), "district");
        c.optionalBoolean("in_hitech_zone");
        LocalDate established = c.date("established_on", true);
        c.require(established == null || !established.isAfter(today), "established_on in the future");
        int year = c.require(COUNT, "fiscal_year") ? Integer.parseInt(row.get("fiscal_year")) : 0;
        c.require(year >= 2000 && year <= today.getYear(), "fiscal_year range");
        c.require(established == null || established.getYear() <= year, "fiscal year before establishment");
        c.require(COUNT, "employees");
        if (c.require(COUNT, "tech_staff") && c.problems.isEmpty()) {
            c.require(Long.parseLong(row.get("tech_staff")) <= Long.parseLong(row.get("employees")),
                    "tech_staff <= employees");
        }
        BigDecimal revenue = c.amount("revenue", true, true);
        BigDecimal totalIncome = c.amount("total_income", false, true);
        BigDecimal income = totalIncome != null ? totalIncome : revenue;
        c.require(totalIncome == null || revenue == null || totalIncome.compareTo(revenue) >= 0,
                "total_income >= revenue");
        BigDecimal hitech = c.amount("hitech_revenue", false, true);
        c.require(hitech == null || income == null || hitech.compareTo(income) <= 0, "hitech_revenue <= total_income");
        BigDecimal assets = c.amount("total_assets", true, true);
        BigDecimal liabilities = c.amount("total_liabilities", false, true);
        BigDecimal net = c.amount("net_assets", false, false);
        c.require(assets == null || liabilities == null || net == null
                || net.compareTo(assets.subtract(liabilities)) == 0, "net_assets = total_assets - total_liabilities");
        c.amount("total_cost", false, true);
        BigDecimal rd = c.amount("rd_expense", true, true);
        BigDecimal domestic = c.amount("rd_expense_domestic", false, true);
        c.require(domestic == null || rd == null || domestic.compareTo(rd) <= 0, "rd_expense_domestic <= rd_expense");
        c.optionalCount("ip_class1");
        c.optionalCount("ip_class2");
        c.optionalCount("tech_conversions");
        String field = row.get("tech_field");
        c.require(field.isEmpty() || field.matches("[1-8]") || TECH_FIELDS.contains(field), "tech_field");
        String score = row.get("expert_innovation_score");
        c.require(score.isEmpty() || score.matches("\\d+") && Integer.parseInt(score) <= 100,
                "expert_innovation_score 0-100");
        for (String column : ENTERPRISE_COLUMNS.subList(ENTERPRISE_COLUMNS.indexOf("rd_mgmt_system"),
                ENTERPRISE_COLUMNS.indexOf("rd_super_deduction"))) {
            c.optionalBoolean(column);
        }
        c.optionalBoolean("ip_self_developed");
        c.amount("rd_super_deduction", false, true);
        c.amount("income_tax_payable", false, true);
        c.amount("rd_expenditure_statistical", false, true);
        return c.problems;
    }

    static List<String> certificateRow(Map<String, String> row) {
        ContractRowCheck c = new ContractRowCheck(row);
        c.require(!row.containsKey(CsvTable.CELL_COUNT_MISMATCH), "as many cells as the header has columns");
        c.uscc();
        c.require(!row.get("name").isBlank(), "name");
        c.require(PROGRAMMES.contains(row.get("programme")), "programme");
        LocalDate issued = c.date("issued_on", true);
        LocalDate until = c.date("valid_until", false);
        LocalDate revokedOn = c.date("revoked_on", false);
        c.require(until == null || issued == null || !until.isBefore(issued), "valid_until >= issued_on");
        c.require(revokedOn == null || issued == null || !revokedOn.isBefore(issued), "revoked_on >= issued_on");
        c.optionalBoolean("revoked");
        return c.problems;
    }

    /** GB 32100-2015 as docs/policy/identifiers.md states it: weights 3^(i-1) mod 31, check = 31 − (S mod 31), 31 → 0. */
    static boolean validUscc(String code) {
        if (code.length() != 18 || !code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == USCC_ALPHABET.charAt(check);
    }

    private void uscc() {
        require(validUscc(row.get("uscc")), "uscc");
    }

    private boolean require(boolean condition, String rule) {
        if (!condition) {
            problems.add(rule + " broken by " + row);
        }
        return condition;
    }

    private boolean require(Pattern pattern, String column) {
        return require(pattern.matcher(row.get(column)).matches(), column + " is a non-negative integer");
    }

    private void optionalCount(String column) {
        String value = row.get(column);
        require(value.isEmpty() || COUNT.matcher(value).matches(), column + " is a count");
    }

    private void optionalBoolean(String column) {
        String value = row.get(column);
        require(value.isEmpty() || BOOLEANS.contains(value.toLowerCase()), column + " is a boolean");
    }

    private BigDecimal amount(String column, boolean required, boolean nonNegative) {
        String value = row.get(column);
        if (value.isEmpty()) {
            require(!required, column + " is required");
            return null;
        }
        if (!require(AMOUNT.matcher(value).matches(), column + " is an amount")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        require(!nonNegative || amount.signum() >= 0, column + " >= 0");
        return amount;
    }

    private LocalDate date(String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            require(!required, column + " is required");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            require(false, column + " is a date");
            return null;
        }
    }
}
