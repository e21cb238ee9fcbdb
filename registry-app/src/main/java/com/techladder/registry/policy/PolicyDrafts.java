package com.techladder.registry.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The drafts: inserted open, decided once (the update only matches an open draft). */
@Repository
class PolicyDrafts {

    private static final String COLUMNS = "id, title, reason, base_version, changes, file_name, file_yaml, status,"
            + " authored_by, authored_at, decided_by, decision_reason, decided_at, version";

    private final JdbcTemplate jdbc;

    PolicyDrafts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String title, String reason, int baseVersion, String changesJson, String fileName, String fileYaml,
            String author) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO parameter_draft (title, reason, base_version, changes,"
                    + " file_name, file_yaml, status, authored_by, authored_at) VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)",
                    new String[] {"id"});
            ps.setString(1, title);
            ps.setString(2, reason);
            ps.setInt(3, baseVersion);
            ps.setString(4, changesJson);
            ps.setString(5, fileName);
            ps.setString(6, fileYaml);
            ps.setString(7, author);
            ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    Optional<PolicyDraft> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM parameter_draft WHERE id = ?", PolicyDrafts::map, id).stream()
                .findFirst();
    }

    /** Open drafts first (oldest first), then the latest decided ones. */
    List<PolicyDraft> list(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM parameter_draft ORDER BY CASE WHEN status = 'DRAFT' THEN 0 ELSE 1 END,"
                + " CASE WHEN status = 'DRAFT' THEN id ELSE -id END LIMIT ?", PolicyDrafts::map, limit);
    }

    /** Decides an open draft; false when it was decided meanwhile (by someone else, or on another instance). */
    boolean decide(long id, PolicyDraft.Status status, String by, String reason, Integer version) {
        return jdbc.update("UPDATE parameter_draft SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ?,"
                + " version = ? WHERE id = ? AND status = 'DRAFT'", status.name(), by, reason,
                Timestamp.valueOf(LocalDateTime.now()), version, id) == 1;
    }

    private static PolicyDraft map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        int version = rs.getInt("version");
        Integer versionOrNull = rs.wasNull() ? null : version;
        return new PolicyDraft(rs.getLong("id"), rs.getString("title"), rs.getString("reason"),
                rs.getInt("base_version"), rs.getString("changes"), rs.getString("file_name"), rs.getString("file_yaml"),
                PolicyDraft.Status.valueOf(rs.getString("status")), rs.getString("authored_by"),
                rs.getTimestamp("authored_at").toLocalDateTime(), rs.getString("decided_by"),
                rs.getString("decision_reason"), decided == null ? null : decided.toLocalDateTime(), versionOrNull);
    }
}
