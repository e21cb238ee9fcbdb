package com.techladder.batch.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The data_import table: one row per uploaded file, its counts and status. Plain JDBC, not JPA: every write is one
 * conditional statement of the import's lifecycle (ownership, heartbeats under the row's lock, recovery by another
 * instance), which a managed entity read earlier would silently overwrite; the reads map rows here once.
 */
@Repository
public class ImportRecords {

    private final JdbcTemplate jdbc;

    public ImportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new STARTED import, owned by the instance {@code owner} (whose heartbeat starts now). */
    long create(ImportKind kind, String fileName, String sha256, String encoding, String username, String owner,
            LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("INSERT INTO data_import (kind, file_name, sha256, encoding, "
                    + "status, started_by, started_at, owner, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, kind.code());
            insert.setString(2, fileName);
            insert.setString(3, sha256);
            insert.setString(4, encoding);
            insert.setString(5, ImportStatus.STARTED);
            insert.setString(6, username);
            insert.setTimestamp(7, Timestamp.valueOf(now));
            insert.setString(8, owner);
            insert.setTimestamp(9, Timestamp.valueOf(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** A launch or relaunch of the import's job: STARTED again, linked to the execution. */
    void started(long importId, long jobExecutionId) {
        jdbc.update("UPDATE data_import SET status = ?, job_execution_id = ?, finished_at = NULL WHERE id = ?",
                ImportStatus.STARTED, jobExecutionId, importId);
    }

    /**
     * Renews the heartbeat of every STARTED import of the instance {@code owner} but those in {@code merging}: a merge
     * holds its import's row lock until it commits (having renewed the heartbeat itself), so an update of that row
     * would only wait for it.
     */
    void heartbeat(String owner, LocalDateTime now, Collection<Long> merging) {
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.valueOf(now), owner, ImportStatus.STARTED));
        arguments.addAll(merging);
        String notMerging = merging.isEmpty() ? "" : " AND id NOT IN (" + "?, ".repeat(merging.size() - 1) + "?)";
        jdbc.update("UPDATE data_import SET heartbeat_at = ? WHERE owner = ? AND status = ?" + notMerging,
                arguments.toArray());
    }

    /**
     * Renews the heartbeat of one import if {@code owner} still owns it and it is still STARTED, taking its row lock
     * until the caller's transaction ends: a recovery cannot declare it cut off meanwhile. False when it was.
     */
    boolean stillOwned(long importId, String owner, LocalDateTime now) {
        return jdbc.update("UPDATE data_import SET heartbeat_at = ? WHERE id = ? AND owner = ? AND status = ?",
                Timestamp.valueOf(now), importId, owner, ImportStatus.STARTED) == 1;
    }

    /** STARTED imports whose heartbeat is older than {@code staleBefore} (or missing): their instance died. */
    List<Long> cutOff(LocalDateTime staleBefore) {
        return jdbc.queryForList("SELECT id FROM data_import WHERE status = ? AND (heartbeat_at IS NULL OR "
                + "heartbeat_at < ?) ORDER BY id", Long.class, ImportStatus.STARTED, Timestamp.valueOf(staleBefore));
    }

    /**
     * Fails a cut-off import if it is still STARTED with a stale heartbeat; true for the one caller (of every instance
     * racing) whose update won, which then cleans up after it.
     */
    boolean failCutOff(long importId, LocalDateTime staleBefore, String message, LocalDateTime now) {
        return jdbc.update("UPDATE data_import SET status = ?, read_count = 0, written_count = 0, rejected_count = 0, "
                + "warning_count = 0, message = ?, finished_at = ? WHERE id = ? AND status = ? AND (heartbeat_at IS NULL "
                + "OR heartbeat_at < ?)", ImportStatus.FAILED, message, Timestamp.valueOf(now), importId,
                ImportStatus.STARTED, Timestamp.valueOf(staleBefore)) == 1;
    }

    /** The kind of an import. */
    Optional<ImportKind> kind(long importId) {
        return jdbc.queryForList("SELECT kind FROM data_import WHERE id = ?", String.class, importId).stream()
                .map(ImportKind::parse).findFirst();
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
        return jdbc.query("SELECT * FROM data_import WHERE id = ?", ImportRecords::status, importId).stream()
                .findFirst();
    }

    /** The newest imports, newest first: the console's import list. */
    public List<ImportStatus> newest(int limit) {
        return jdbc.query("SELECT * FROM data_import ORDER BY id DESC LIMIT ?", ImportRecords::status, limit);
    }

    private static ImportStatus status(ResultSet rs, int row) throws SQLException {
        return new ImportStatus(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getString("status"), rs.getInt("read_count"), rs.getInt("written_count"),
                rs.getInt("rejected_count"), rs.getInt("warning_count"), rs.getString("message"),
                rs.getString("encoding"), rs.getString("started_by"), toLocal(rs.getTimestamp("started_at")),
                toLocal(rs.getTimestamp("finished_at")));
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
