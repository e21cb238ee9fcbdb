package com.techladder.batch.importing;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The data_import table: one row per uploaded file, its counts and status. */
@Repository
public class ImportRecords {

    private final JdbcTemplate jdbc;

    public ImportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(ImportKind kind, String fileName, String sha256, String encoding, String username, LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("INSERT INTO data_import (kind, file_name, sha256, encoding, "
                    + "status, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, kind.code());
            insert.setString(2, fileName);
            insert.setString(3, sha256);
            insert.setString(4, encoding);
            insert.setString(5, ImportStatus.STARTED);
            insert.setString(6, username);
            insert.setTimestamp(7, Timestamp.valueOf(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** A launch or relaunch of the import's job: STARTED again, linked to the execution. */
    void started(long importId, long jobExecutionId) {
        jdbc.update("UPDATE data_import SET status = ?, job_execution_id = ?, finished_at = NULL WHERE id = ?",
                ImportStatus.STARTED, jobExecutionId, importId);
    }

    void encoding(long importId, String encoding) {
        jdbc.update("UPDATE data_import SET encoding = ? WHERE id = ?", encoding, importId);
    }

    void completed(long importId, Counts counts, int written, String message, LocalDateTime now) {
        jdbc.update("UPDATE data_import SET status = ?, read_count = ?, written_count = ?, rejected_count = ?, "
                + "warning_count = ?, message = ?, finished_at = ? WHERE id = ?", ImportStatus.COMPLETED, counts.read(),
                written, counts.rejected(), counts.warnings(), message, Timestamp.valueOf(now), importId);
    }

    void failed(long importId, Counts counts, String message, LocalDateTime now) {
        jdbc.update("UPDATE data_import SET status = ?, read_count = ?, written_count = 0, rejected_count = ?, "
                + "warning_count = ?, message = ?, finished_at = ? WHERE id = ?", ImportStatus.FAILED, counts.read(),
                counts.rejected(), counts.warnings(), truncate(message), Timestamp.valueOf(now), importId);
    }

    /** Rows read so far (staged + rejected), rejected rows and warnings of an import, from what its chunks committed. */
    Counts counts(long importId, ImportDefinition definition) {
        Integer staged = jdbc.queryForObject("SELECT COUNT(*) FROM " + definition.stagingTable() + " WHERE import_id = ?",
                Integer.class, importId);
        Integer rejected = jdbc.queryForObject("SELECT COUNT(DISTINCT line) FROM import_issue WHERE import_id = ? "
                + "AND severity = 'REJECTED'", Integer.class, importId);
        Integer warnings = jdbc.queryForObject("SELECT COUNT(*) FROM import_issue WHERE import_id = ? "
                + "AND severity = 'WARNING'", Integer.class, importId);
        return new Counts(staged + rejected, rejected, warnings);
    }

    /** Read, rejected and warning counts of an import. */
    record Counts(int read, int rejected, int warnings) {
    }

    public Optional<ImportStatus> find(long importId) {
        return jdbc.query("SELECT * FROM data_import WHERE id = ?", (rs, n) -> new ImportStatus(
                rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("status"), rs.getInt("read_count"), rs.getInt("written_count"),
                rs.getInt("rejected_count"), rs.getInt("warning_count"), rs.getString("message"),
                rs.getString("encoding"), rs.getString("started_by"), toLocal(rs.getTimestamp("started_at")),
                toLocal(rs.getTimestamp("finished_at"))), importId).stream().findFirst();
    }

    Optional<Long> jobExecutionId(long importId) {
        return jdbc.query("SELECT job_execution_id FROM data_import WHERE id = ?",
                (rs, n) -> (Long) rs.getObject("job_execution_id", Long.class), importId).stream()
                .filter(id -> id != null).findFirst();
    }

    private static LocalDateTime toLocal(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private static String truncate(String message) {
        return message != null && message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
