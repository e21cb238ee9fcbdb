package com.techladder.batch.importing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import_issue table: every rejected row (each broken field) and every warning of an import. */
final class ImportIssues {

    private static final int MAX_VALUE = 1000;

    private ImportIssues() {
    }

    static void insert(JdbcTemplate jdbc, long importId, List<ImportIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO import_issue (import_id, line, column_name, cell_value, reason, severity) "
                + "VALUES (?, ?, ?, ?, ?, ?)", issues, 500, (ps, issue) -> {
                    ps.setLong(1, importId);
                    ps.setInt(2, issue.line());
                    ps.setString(3, issue.column());
                    ps.setString(4, truncate(issue.value()));
                    ps.setString(5, issue.reason().stored());
                    ps.setString(6, issue.severity().name());
                });
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
