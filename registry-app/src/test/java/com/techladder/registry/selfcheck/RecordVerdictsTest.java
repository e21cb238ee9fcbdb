package com.techladder.registry.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.techladder.batch.importing.CellParser;
import com.techladder.batch.importing.CsvRow;
import com.techladder.batch.importing.ImportIssue;
import com.techladder.batch.importing.RowValidator;
import com.techladder.batch.importing.ValidatedRow;
import com.techladder.batch.importing.enterprises.EnterpriseImport;
import com.techladder.rules.record.RecordColumn;
import com.techladder.sampledata.SampleDataGenerator;

/**
 * The CSV import and the self-check judge one enterprise-year record alike: the generated sample's rows, as written
 * and with bad (or merely unusual) values put in, go through both paths — the import's row validation and the
 * self-check's validator — and both must accept the same rows and name the same columns of the rest. Blank required
 * cells are left out: the self-check assesses incomplete records (as insufficient data), the import refuses them.
 */
class RecordVerdictsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final List<String> HEADER = RecordColumn.all().stream().map(RecordColumn::csvName).toList();

    /** A column and the text put in place of its value; null derives it from the row (see {@link #perturbed}). */
    private record Change(String column, String text) {
    }

    private static final List<Change> CHANGES = List.of(
            new Change("employees", "-1"), new Change("employees", "1.5"), new Change("tech_staff", null),
            new Change("revenue", "12.34567"), new Change("revenue", "1234567890123"), new Change("revenue", "5%"),
            new Change("revenue", "abc"), new Change("total_assets", "-5"), new Change("net_assets", "-5"),
            new Change("total_income", "0"), new Change("hitech_revenue", "99999999"),
            new Change("rd_expense_domestic", "99999999"), new Change("in_hitech_zone", "yes"),
            new Change("in_hitech_zone", "是"), new Change("in_hitech_zone", "maybe"),
            new Change("established_on", "2099-01-01"), new Change("established_on", "2020/05/01"),
            new Change("established_on", "2020年5月1日"), new Change("established_on", "2023-02-30"),
            new Change("established_on", "1899-12-31"), new Change("expert_innovation_score", "101"),
            new Change("expert_innovation_score", "88"), new Change("tech_field", "9"),
            new Change("tech_field", "电子信息"), new Change("district", "上海市"), new Change("district", "鼓楼区"),
            new Change("uscc", "91350100MA2XXXXXX1"), new Change("name", "甲".repeat(201)),
            new Change("rd_expenditure_statistical", "-1"), new Change("rd_expenditure_statistical", "300.5"),
            new Change("rd_super_deduction", "0.00001"), new Change("ip_class1", "-3"));

    private static List<Map<String, String>> rows;

    @BeforeAll
    static void generate() throws Exception {
        StringWriter enterprises = new StringWriter();
        SampleDataGenerator.write(enterprises, new StringWriter(), 300, 7, 2024);
        rows = new ArrayList<>();
        String[] lines = enterprises.toString().split("\r?\n");
        assertThat(lines[0].split(",", -1)).containsExactlyElementsOf(HEADER);
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank() && lines[i].indexOf('"') < 0) {
                String[] cells = lines[i].split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < HEADER.size(); c++) {
                    row.put(HEADER.get(c), cells[c]);
                }
                rows.add(row);
            }
        }
        assertThat(rows).hasSizeGreaterThan(600);
    }

    @Test
    void theGeneratedRecordsAreAcceptedByBoth() {
        for (Map<String, String> row : rows) {
            assertThat(importVerdict(row)).as(row.toString()).isEmpty();
            assertThat(selfCheckVerdict(row)).as(row.toString()).isEmpty();
        }
    }

    @Test
    void bothNameTheSameColumnsOfEveryPerturbedRecord() {
        int refused = 0;
        for (int i = 0; i < rows.size(); i += 7) {
            for (Change change : CHANGES) {
                Map<String, String> row = perturbed(rows.get(i), change);
                Set<String> byImport = importVerdict(row);
                assertThat(selfCheckVerdict(row)).as(change + " in " + row).isEqualTo(byImport);
                refused += byImport.isEmpty() ? 0 : 1;
            }
        }
        // most changes break a rule: the comparison is not between two empty verdicts
        assertThat(refused).isGreaterThan(rows.size() / 7 * 15);
    }

    private static Map<String, String> perturbed(Map<String, String> row, Change change) {
        Map<String, String> out = new HashMap<>(row);
        String text = change.text();
        if (text == null) {
            // one more technology staff than employees
            text = String.valueOf(Integer.parseInt(row.get("employees")) + 1);
        }
        out.put(change.column(), text);
        return out;
    }

    /** The columns the import's row validation rejects the row for; empty when it is accepted. */
    private static Set<String> importVerdict(Map<String, String> row) {
        String[] cells = HEADER.stream().map(row::get).toArray(String[]::new);
        ValidatedRow validated = new RowValidator(new EnterpriseImport(), new CellParser(TODAY))
                .validate(new CsvRow(2, cells, false));
        Set<String> columns = new TreeSet<>();
        for (ImportIssue issue : validated.issues()) {
            if (issue.severity() == ImportIssue.Severity.REJECTED) {
                columns.add(issue.column());
            }
        }
        assertThat(validated.staged() == null).isEqualTo(!columns.isEmpty());
        return columns;
    }

    /** The columns the self-check's validator names, as CSV names; empty when it accepts the record. */
    private static Set<String> selfCheckVerdict(Map<String, String> row) {
        Map<String, String> record = new HashMap<>();
        row.forEach((csvName, text) -> record.put(RecordColumn.all().get(HEADER.indexOf(csvName)).key(), text));
        int fiscalYear = Integer.parseInt(row.get("fiscal_year"));
        SelfCheckInput input = new SelfCheckInput(String.valueOf(fiscalYear + 1), Map.of(), List.of(record), List.of(),
                List.of());
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try {
            new SelfCheckValidator(clock, year -> year - 5).validate(input);
            return Set.of();
        } catch (InvalidSelfCheckException e) {
            Set<String> columns = new TreeSet<>();
            for (Violation v : e.violations()) {
                String key = v.field().substring(v.field().indexOf('.') + 1);
                columns.add(RecordColumn.byKey(key).orElseThrow().csvName());
            }
            return columns;
        }
    }
}
