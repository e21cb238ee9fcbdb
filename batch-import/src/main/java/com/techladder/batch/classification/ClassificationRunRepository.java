package com.techladder.batch.classification;

import com.techladder.rules.model.Tier;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code classification_run} table. Runs are created, progressed and closed here; their assessments never change. */
@Repository
public class ClassificationRunRepository {

    private static final String COLUMNS = "id, assessment_year, status, run_trigger, ruleset_version, parameter_snapshot,"
            + " launched_by, started_at, finished_at, total, processed, national_hte_count, provincial_hte_count,"
            + " tech_sme_count, none_count, message,"
            + " without_data_count, assessment_day";

    private final JdbcTemplate jdbc;

    public ClassificationRunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new run, assessing on its launch day ({@code startedAt}'s date). */
    long create(int assessmentYear, RunTrigger trigger, String rulesetVersion, String parameterSnapshot,
            String launchedBy, LocalDateTime startedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO classification_run (assessment_year, status, run_trigger,"
                    + " ruleset_version, parameter_snapshot, launched_by, started_at, assessment_day)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setInt(1, assessmentYear);
            ps.setString(2, RunStatus.STARTED.name());
            ps.setString(3, trigger.name());
            ps.setString(4, rulesetVersion);
            ps.setString(5, parameterSnapshot);
            ps.setString(6, launchedBy);
            ps.setTimestamp(7, Timestamp.valueOf(startedAt));
            ps.setDate(8, Date.valueOf(startedAt.toLocalDate()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<ClassificationRun> find(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM classification_run WHERE id = ?", this::map, runId).stream()
                .findFirst();
    }

    /** Newest first. */
    public List<ClassificationRun> list(Integer assessmentYear, int limit) {
        if (assessmentYear == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM classification_run ORDER BY id DESC LIMIT ?", this::map, limit);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM classification_run WHERE assessment_year = ? ORDER BY id DESC LIMIT ?",
                this::map, assessmentYear, limit);
    }

    void setTotal(long runId, int total) {
        jdbc.update("UPDATE classification_run SET total = ? WHERE id = ?", total, runId);
    }

    /** Called in the chunk's transaction, so the count rolls back with the chunk and stays exact across restarts. */
    void addProcessed(long runId, int count) {
        jdbc.update("UPDATE classification_run SET processed = processed + ? WHERE id = ?", count, runId);
    }

    void markStarted(long runId) {
        jdbc.update("UPDATE classification_run SET status = ?, finished_at = NULL, message = NULL WHERE id = ?",
                RunStatus.STARTED.name(), runId);
    }

    /**
     * Closes a run: tier counts and totals are taken from the assessments actually written, and the enterprises among
     * them without figures for the run's year are counted ({@link DataYears#WITHOUT_YEAR}).
     */
    void markCompleted(long runId, LocalDateTime finishedAt) {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0);
        }
        jdbc.query("SELECT eligible_tier, COUNT(*) FROM assessment WHERE run_id = ? GROUP BY eligible_tier",
                rs -> {
                    counts.put(Tier.valueOf(rs.getString(1)), rs.getInt(2));
                }, runId);
        int written = counts.values().stream().mapToInt(Integer::intValue).sum();
        jdbc.update("UPDATE classification_run SET status = ?, finished_at = ?, total = ?, processed = ?,"
                + " national_hte_count = ?, provincial_hte_count = ?, tech_sme_count = ?, none_count = ?,"
                + " without_data_count = (SELECT COUNT(*) FROM assessment a WHERE a.run_id = ? AND "
                + DataYears.WITHOUT_YEAR + ") WHERE id = ?",
                RunStatus.COMPLETED.name(), Timestamp.valueOf(finishedAt), written, written,
                counts.get(Tier.NATIONAL_HTE), counts.get(Tier.PROVINCIAL_HTE), counts.get(Tier.TECH_SME),
                counts.get(Tier.NONE), runId, assessmentYearOf(runId) - 1, runId);
    }

    private int assessmentYearOf(long runId) {
        return jdbc.queryForObject("SELECT assessment_year FROM classification_run WHERE id = ?", Integer.class, runId);
    }

    void markFailed(long runId, LocalDateTime finishedAt, String message) {
        String shortened = message == null ? null : message.substring(0, Math.min(message.length(), 2000));
        jdbc.update("UPDATE classification_run SET status = ?, finished_at = ?, message = ? WHERE id = ?",
                RunStatus.FAILED.name(), Timestamp.valueOf(finishedAt), shortened, runId);
    }

    /** STARTED runs, oldest first. */
    List<Long> started() {
        return jdbc.queryForList("SELECT id FROM classification_run WHERE status = ? ORDER BY id", Long.class,
                RunStatus.STARTED.name());
    }

    /**
     * Fails a STARTED run launched before {@code launchedBefore} that no live lease holds any more: its instance died.
     * One conditional statement, so that a run whose lease is renewed meanwhile is left alone. True when it failed it.
     */
    boolean failUnleased(long runId, LocalDateTime now, LocalDateTime launchedBefore, String message) {
        return jdbc.update("UPDATE classification_run SET status = ?, finished_at = ?, message = ? WHERE id = ?"
                + " AND status = ? AND started_at < ? AND NOT EXISTS (SELECT 1 FROM classification_lock l"
                + " WHERE l.run_id = classification_run.id AND l.holder IS NOT NULL AND l.expires_at >= ?)",
                RunStatus.FAILED.name(), Timestamp.valueOf(now), message, runId, RunStatus.STARTED.name(),
                Timestamp.valueOf(launchedBefore), Timestamp.valueOf(now)) == 1;
    }

    /** The registry version ({@link com.techladder.batch.importing.RegistryVersion}) a run was launched on. */
    void recordRegistryVersion(long runId, long version) {
        jdbc.update("UPDATE classification_run SET registry_version = ? WHERE id = ?", version, runId);
    }

    /** The registry version a run was launched on; empty for runs launched before versions were recorded. */
    Optional<Long> registryVersion(long runId) {
        return jdbc.query("SELECT registry_version FROM classification_run WHERE id = ?",
                (rs, i) -> rs.getObject(1, Long.class), runId).stream().filter(Objects::nonNull).findFirst();
    }

    private ClassificationRun map(ResultSet rs, int row) throws SQLException {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        putCount(counts, Tier.NATIONAL_HTE, rs, "national_hte_count");
        putCount(counts, Tier.PROVINCIAL_HTE, rs, "provincial_hte_count");
        putCount(counts, Tier.TECH_SME, rs, "tech_sme_count");
        putCount(counts, Tier.NONE, rs, "none_count");
        Timestamp finished = rs.getTimestamp("finished_at");
        Date day = rs.getDate("assessment_day");
        return new ClassificationRun(rs.getLong("id"), rs.getInt("assessment_year"),
                RunStatus.valueOf(rs.getString("status")), RunTrigger.valueOf(rs.getString("run_trigger")),
                rs.getString("ruleset_version"), rs.getString("parameter_snapshot"), rs.getString("launched_by"),
                rs.getTimestamp("started_at").toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
                rs.getInt("total"), rs.getInt("processed"), counts, rs.getString("message"),
                (Integer) rs.getObject("without_data_count", Integer.class), day == null ? null : day.toLocalDate());
    }

    private static void putCount(Map<Tier, Integer> counts, Tier tier, ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        if (!rs.wasNull()) {
            counts.put(tier, n);
        }
    }
}
