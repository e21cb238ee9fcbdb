package com.techladder.registry.console;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rejected rows of an import a page at a time, for its page (the whole list is the rejections CSV): a file with
 * 400,000 bad rows is shown 25 rows at a time, never loaded whole.
 */
@Repository
class ImportRejections {

    /** One broken field of a rejected row, as batch-import stored it (column: the CSV name, or null for the row). */
    record Rejection(int line, String column, String value, String reason) {
    }

    private final JdbcTemplate jdbc;

    ImportRejections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(long importId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_issue WHERE import_id = ? AND severity = 'REJECTED'",
                Integer.class, importId);
    }

    /** In file order. */
    List<Rejection> page(long importId, int offset, int limit) {
        return jdbc.query("SELECT line, column_name, cell_value, reason FROM import_issue"
                + " WHERE import_id = ? AND severity = 'REJECTED' ORDER BY line, column_name, reason LIMIT ? OFFSET ?",
                (rs, i) -> new Rejection(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                importId, limit, offset);
    }
}
