package com.techladder.batch.importing.enterprises;

import static com.techladder.batch.importing.MergeSql.assignments;
import static com.techladder.batch.importing.MergeSql.list;
import static com.techladder.batch.importing.MergeSql.names;
import static com.techladder.batch.importing.MergeSql.qualified;

import com.techladder.batch.importing.CellParser;
import com.techladder.batch.importing.ImportDefinition;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ParsedRow;
import com.techladder.batch.importing.StagingColumn;
import com.techladder.batch.text.Message;
import com.techladder.rules.record.RecordChecker;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The enterprises file (企业年度数据, docs/contracts/import-csv.md, enterprises): one row per enterprise and accounting year, key
 * (uscc, fiscal_year). Enterprise-level columns follow the newest fiscal year imported. The accepted rows are staged
 * in accounting_year_history and stay there as the history of the enterprise-years they changed; the merge drops
 * the rows that changed nothing.
 */
@Component
public class EnterpriseImport implements ImportDefinition {

    static final String STAGING = "accounting_year_history";
    /** A {@link RecordChecker} code is stored as this prefix + the code (the bundles' key, with its arguments). */
    static final String RECORD_RULE = "import.text.";

    private final String enterpriseMerge;
    private final String unchangedDelete;
    private final String yearMerge;

    public EnterpriseImport() {
        List<String> profile = names(EnterpriseColumn.ENTERPRISE_LEVEL);
        List<String> profileWithYear = new ArrayList<>(profile);
        profileWithYear.add("profile_fiscal_year");
        List<String> enterpriseInsert = new ArrayList<>(profileWithYear);
        enterpriseInsert.add(0, "uscc");
        // the staging row of the newest fiscal year per enterprise, its year renamed as the enterprise column; an
        // anti-join rather than ROW_NUMBER(): no sort of 300,000 rows (a third of the time). Keys are unique by now.
        String newest = "SELECT s.uscc, " + qualified("s", profile) + ", s.fiscal_year AS profile_fiscal_year FROM "
                + STAGING + " s WHERE s.import_id = ? AND NOT EXISTS (SELECT 1 FROM " + STAGING + " t WHERE "
                + "t.import_id = s.import_id AND t.uscc = s.uscc AND t.fiscal_year > s.fiscal_year)";
        this.enterpriseMerge = "MERGE INTO enterprise e USING (" + newest + ") s ON (e.uscc = s.uscc) "
                + "WHEN MATCHED AND (e.profile_fiscal_year IS NULL OR s.profile_fiscal_year >= e.profile_fiscal_year) AND ("
                + String.join(" OR ", profileWithYear.stream().map(c -> "e." + c + " IS DISTINCT FROM s." + c).toList())
                + ") THEN UPDATE SET " + assignments("s", profileWithYear) + ", source_import_id = ?, updated_at = ? "
                + "WHEN NOT MATCHED THEN INSERT (" + list(enterpriseInsert) + ", source_import_id, updated_at) VALUES ("
                + qualified("s", enterpriseInsert) + ", ?, ?)";
        // a row with the values the registry already holds is no change, and no history either
        this.unchangedDelete = "DELETE FROM " + STAGING + " s WHERE s.import_id = ? AND EXISTS (SELECT 1 FROM "
                + "accounting_year a WHERE a.uscc = s.uscc AND a.fiscal_year = s.fiscal_year AND a.row_hash = s.row_hash)";
        List<String> perYear = names(EnterpriseColumn.perYear());
        List<String> yearInsert = new ArrayList<>(List.of("uscc", "fiscal_year"));
        yearInsert.addAll(perYear);
        yearInsert.addAll(List.of("row_hash", "source_import_id", "source_line"));
        this.yearMerge = "MERGE INTO accounting_year a USING (SELECT s.*, s.import_id AS source_import_id, s.line AS "
                + "source_line FROM " + STAGING + " s WHERE s.import_id = ?) s ON (a.uscc = s.uscc AND a.fiscal_year = "
                + "s.fiscal_year) WHEN MATCHED AND a.row_hash <> s.row_hash THEN UPDATE SET "
                + assignments("s", yearInsert.subList(2, yearInsert.size())) + ", updated_at = ? "
                + "WHEN NOT MATCHED THEN INSERT (" + list(yearInsert) + ", updated_at) VALUES ("
                + qualified("s", yearInsert) + ", ?)";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ENTERPRISES;
    }

    @Override
    public List<EnterpriseColumn> columns() {
        return EnterpriseColumn.all();
    }

    @Override
    public List<StagingColumn> derivedColumns() {
        return List.of();
    }

    @Override
    public String stagingTable() {
        return STAGING;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("uscc", "fiscal_year");
    }

    @Override
    public void checkRow(ParsedRow row, CellParser cells) {
        // the record's rules are the contract's, shared with the self-check; stored as the checker's code
        for (RecordChecker.Violation v : new RecordChecker(cells.today()).check(c -> row.get(EnterpriseColumn.of(c)))) {
            row.reject(EnterpriseColumn.of(v.column()), Message.of(RECORD_RULE + v.code(), v.argArray()));
        }
    }

    @Override
    public int merge(long importId, JdbcTemplate jdbc, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        jdbc.update(enterpriseMerge, importId, importId, at, importId, at);
        jdbc.update(unchangedDelete, importId);
        return jdbc.update(yearMerge, importId, at, at);
    }
}
