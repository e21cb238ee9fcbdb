package com.techladder.registry.policy;

import com.techladder.rules.parameter.ParameterTexts;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The parameter-set versions: only ever inserted (V11); the highest number is the one in force. */
@Repository
public class ParameterVersions {

    private static final String COLUMNS = "version, effective_from, effective_to, sources, summary, draft_id, authored_by,"
            + " approved_by, created_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ParameterVersions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The number in force, or 0 before the first start stored version 1: cheap enough to poll. */
    public int latestNumber() {
        Integer latest = jdbc.queryForObject("SELECT MAX(version) FROM parameter_version", Integer.class);
        return latest == null ? 0 : latest;
    }

    public Optional<ParameterVersion> find(int number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM parameter_version WHERE version = ?", ParameterVersions::map, number)
                .stream().findFirst();
    }

    /** Newest first. */
    public List<ParameterVersion> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM parameter_version ORDER BY version DESC", ParameterVersions::map);
    }

    /** The parameter files of a version, as approved. */
    public ParameterTexts texts(int number) {
        String files = jdbc.queryForObject("SELECT files FROM parameter_version WHERE version = ?", String.class, number);
        return new ParameterTexts(json.readValue(files, new TypeReference<LinkedHashMap<String, String>>() { }));
    }

    /** The changes of a version as JSON ({@code []} for version 1). */
    public String changes(int number) {
        return jdbc.queryForObject("SELECT changes FROM parameter_version WHERE version = ?", String.class, number);
    }

    /**
     * Stores a version; false when another approval (here or on another instance) took the number first, so the
     * caller rebuilds on the newer version instead of overwriting it.
     */
    public boolean insert(ParameterVersion version, String changesJson, ParameterTexts texts) {
        try {
            jdbc.update("INSERT INTO parameter_version (" + COLUMNS + ", changes, files)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    version.number(), version.effectiveFrom() == null ? null : Date.valueOf(version.effectiveFrom()),
                    version.effectiveTo() == null ? null : Date.valueOf(version.effectiveTo()), version.sources(),
                    version.summary(), version.draftId(), version.authoredBy(), version.approvedBy(),
                    Timestamp.valueOf(version.createdAt()), changesJson, filesJson(texts.files()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private String filesJson(Map<String, String> files) {
        return json.writeValueAsString(files);
    }

    /** Version 1 from the shipped files, when no version exists yet (first start; instances racing store it once). */
    boolean seed(ParameterTexts shipped, String system) {
        return insert(new ParameterVersion(1, null, null, "", "", null, system, system, LocalDateTime.now()), "[]",
                shipped);
    }

    private static ParameterVersion map(ResultSet rs, int row) throws SQLException {
        Date from = rs.getDate("effective_from");
        Date to = rs.getDate("effective_to");
        long draft = rs.getLong("draft_id");
        Long draftId = rs.wasNull() ? null : draft;
        return new ParameterVersion(rs.getInt("version"), from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getString("sources"), rs.getString("summary"),
                draftId, rs.getString("authored_by"), rs.getString("approved_by"),
                rs.getTimestamp("created_at").toLocalDateTime());
    }
}
