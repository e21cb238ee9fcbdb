package com.techladder.registry.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.techladder.batch.importing.ImportStatus;

/** The newest imports, for the console's import list (the import service answers for one import at a time). */
@Repository
class ImportHistory {

    private final JdbcTemplate jdbc;

    ImportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<ImportStatus> newest(int limit) {
        return jdbc.query("SELECT id, kind, file_name, sha256, status, read_count, written_count, rejected_count,"
                + " warning_count, message, encoding, started_by, started_at, finished_at"
                + " FROM data_import ORDER BY id DESC LIMIT ?",
                (rs, row) -> new ImportStatus(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getString("status"), rs.getInt("read_count"),
                        rs.getInt("written_count"), rs.getInt("rejected_count"), rs.getInt("warning_count"),
                        rs.getString("message"), rs.getString("encoding"), rs.getString("started_by"),
                        local(rs.getTimestamp("started_at")), local(rs.getTimestamp("finished_at"))),
                limit);
    }

    private static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
