package com.techladder.batch.importing;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of checked rows (the step's chunk size of them): valid rows to the staging table, rejections and warnings to import_issue, both in
 * the chunk's transaction together with the reader's position, so a restart neither loses nor repeats a row.
 */
public class StagingWriter implements ItemWriter<ValidatedRow> {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final StagingTable table;
    private final long importId;

    public StagingWriter(DataSource dataSource, ImportDefinition definition, long importId) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = new StagingTable(definition);
        this.importId = importId;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) throws Exception {
        table.write(dataSource, importId, chunk.getItems());
        List<ImportIssue> issues = new ArrayList<>();
        for (ValidatedRow row : chunk) {
            issues.addAll(row.issues());
        }
        ImportIssues.insert(jdbc, importId, issues);
    }
}
