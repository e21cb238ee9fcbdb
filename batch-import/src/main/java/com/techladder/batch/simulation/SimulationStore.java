package com.techladder.batch.simulation;

import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.result.Outcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of V12. Every write names its simulation's id, so several instances computing different simulations
 * never touch each other's rows; a simulation is computed by the one instance that created it.
 */
@Repository
class SimulationStore {

    private static final String COLUMNS = "id, kind, draft_id, baseline_version, draft_version, assessment_year,"
            + " figures_year, filter_district, filter_programme, filter_tech_field, requested_by, requested_at,"
            + " finished_at, status, enterprises_total, enterprises_done, enterprises_compared, changed_count,"
            + " pipeline_before, pipeline_after, review_before, review_after, failure";

    private final JdbcTemplate jdbc;

    SimulationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(SimulationKind kind, Long draftId, String baselineVersion, String draftVersion, int assessmentYear,
            SimulationFilter filter, String requestedBy, LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO policy_simulation (kind, draft_id,"
                    + " baseline_version, draft_version, assessment_year, filter_district, filter_programme,"
                    + " filter_tech_field, requested_by, requested_at, status, heartbeat_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)", new String[] {"id"});
            s.setString(1, kind.name());
            s.setObject(2, draftId, Types.BIGINT);
            s.setString(3, baselineVersion);
            s.setString(4, draftVersion);
            s.setInt(5, assessmentYear);
            s.setString(6, filter.district());
            s.setString(7, filter.programme() == null ? null : filter.programme().name());
            s.setObject(8, filter.techField(), Types.SMALLINT);
            s.setString(9, requestedBy);
            s.setTimestamp(10, Timestamp.valueOf(now));
            s.setTimestamp(11, Timestamp.valueOf(now));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    void setTotal(long id, int total, Integer figuresYear) {
        jdbc.update("UPDATE policy_simulation SET enterprises_total = ?, figures_year = ? WHERE id = ?", total,
                figuresYear, id);
    }

    /** Progress, which is also the heartbeat: a simulation that stops reporting belongs to a dead instance. */
    void progress(long id, int done, int compared, int changed, LocalDateTime now) {
        jdbc.update("UPDATE policy_simulation SET enterprises_done = ?, enterprises_compared = ?, changed_count = ?,"
                + " heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'", done, compared, changed,
                Timestamp.valueOf(now), id);
    }

    void beat(List<Long> ids, LocalDateTime now) {
        for (long id : ids) {
            jdbc.update("UPDATE policy_simulation SET heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'",
                    Timestamp.valueOf(now), id);
        }
    }

    void appendChanges(long id, int firstSeq, List<ChangedItem> changes) {
        jdbc.batchUpdate("INSERT INTO policy_simulation_change (simulation_id, seq, uscc, name, district, item_kind,"
                + " item, before_value, after_value, amount_before, amount_after, criterion, criterion_zh, criterion_en)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement s, int i) throws SQLException {
                        ChangedItem c = changes.get(i);
                        s.setLong(1, id);
                        s.setInt(2, firstSeq + i);
                        s.setString(3, c.uscc());
                        s.setString(4, c.name());
                        s.setString(5, c.district());
                        s.setString(6, c.kind().name());
                        s.setString(7, c.item());
                        s.setString(8, c.before());
                        s.setString(9, c.after());
                        s.setBigDecimal(10, c.amountBefore());
                        s.setBigDecimal(11, c.amountAfter());
                        s.setString(12, c.criterion());
                        s.setString(13, clip(c.criterionZh(), 300));
                        s.setString(14, clip(c.criterionEn(), 300));
                    }

                    @Override
                    public int getBatchSize() {
                        return changes.size();
                    }
                });
    }

    /** The figures and the end, in one transaction with the rows (the caller's). */
    void complete(long id, SimulationTally tally, int done, LocalDateTime now) {
        jdbc.batchUpdate("INSERT INTO policy_simulation_transition (simulation_id, programme, from_outcome, to_outcome,"
                + " enterprises) VALUES (?, ?, ?, ?, ?)", tally.transitions(), 500, (s, t) -> {
                    s.setLong(1, id);
                    s.setString(2, t.programme().name());
                    s.setString(3, t.from().name());
                    s.setString(4, t.to().name());
                    s.setInt(5, t.count());
                });
        jdbc.batchUpdate("INSERT INTO policy_simulation_subsidy (simulation_id, subsidy, district, baseline, draft,"
                + " enterprises_baseline, enterprises_draft) VALUES (?, ?, ?, ?, ?, ?, ?)", tally.subsidies(), 500,
                (s, c) -> {
                    s.setLong(1, id);
                    s.setString(2, c.subsidy().name());
                    s.setString(3, c.district());
                    s.setBigDecimal(4, c.baseline());
                    s.setBigDecimal(5, c.draft());
                    s.setInt(6, c.enterprisesBaseline());
                    s.setInt(7, c.enterprisesDraft());
                });
        jdbc.update("UPDATE policy_simulation SET status = 'COMPLETED', finished_at = ?, heartbeat_at = ?,"
                + " enterprises_done = ?, enterprises_compared = ?, changed_count = ?, pipeline_before = ?,"
                + " pipeline_after = ?, review_before = ?, review_after = ? WHERE id = ?",
                Timestamp.valueOf(now), Timestamp.valueOf(now), done, tally.compared(), tally.changedEnterprises(),
                tally.pipelineBefore(), tally.pipelineAfter(), tally.reviewBefore(), tally.reviewAfter(), id);
    }

    void fail(long id, String reason, LocalDateTime now) {
        jdbc.update("UPDATE policy_simulation SET status = 'FAILED', finished_at = ?, failure = ? WHERE id = ?"
                + " AND status = 'RUNNING'", Timestamp.valueOf(now), clip(reason, 1000), id);
    }

    /** Fails every RUNNING simulation whose heartbeat is older than {@code staleBefore}: its instance died. */
    int failStale(LocalDateTime staleBefore, String reason, LocalDateTime now) {
        return jdbc.update("UPDATE policy_simulation SET status = 'FAILED', finished_at = ?, failure = ?"
                + " WHERE status = 'RUNNING' AND heartbeat_at < ?", Timestamp.valueOf(now), reason,
                Timestamp.valueOf(staleBefore));
    }

    /**
     * A simulation with its results. The results are written in the transaction that marks it completed, but read here
     * in statements of their own: the status is read first, so a simulation seen completed is seen with all of its
     * results (one that completed while its results were being read is read again).
     */
    Optional<Simulation> find(long id) {
        List<String> statusBefore = jdbc.queryForList("SELECT status FROM policy_simulation WHERE id = ?", String.class,
                id);
        if (statusBefore.isEmpty()) {
            return Optional.empty();
        }
        Optional<Simulation> read = read(id);
        boolean completedMeanwhile = read.map(s -> s.status() == SimulationStatus.COMPLETED).orElse(false)
                && !SimulationStatus.COMPLETED.name().equals(statusBefore.get(0));
        return completedMeanwhile ? read(id) : read;
    }

    private Optional<Simulation> read(long id) {
        List<Transition> transitions = jdbc.query("SELECT programme, from_outcome, to_outcome, enterprises"
                + " FROM policy_simulation_transition WHERE simulation_id = ?",
                (rs, i) -> new Transition(Programme.valueOf(rs.getString(1)), Outcome.valueOf(rs.getString(2)),
                        Outcome.valueOf(rs.getString(3)), rs.getInt(4)), id);
        transitions = transitions.stream().sorted(Comparator
                .comparing((Transition t) -> t.programme().ordinal()).thenComparing(t -> t.from().ordinal())
                .thenComparing(t -> t.to().ordinal())).toList();
        List<SubsidyCost> subsidies = jdbc.query("SELECT subsidy, district, baseline, draft, enterprises_baseline,"
                + " enterprises_draft FROM policy_simulation_subsidy WHERE simulation_id = ? ORDER BY subsidy, district",
                (rs, i) -> new SubsidyCost(SubsidyProgramme.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6)), id);
        List<Transition> cells = transitions;
        return jdbc.query("SELECT " + COLUMNS + " FROM policy_simulation WHERE id = ?",
                (rs, i) -> simulation(rs, cells, subsidies), id).stream().findFirst();
    }

    List<ChangedItem> changes(long id, int offset, int limit) {
        return jdbc.query("SELECT uscc, name, district, item_kind, item, before_value, after_value, amount_before,"
                + " amount_after, criterion, criterion_zh, criterion_en FROM policy_simulation_change"
                + " WHERE simulation_id = ? AND seq >= ? ORDER BY seq LIMIT ?",
                (rs, i) -> new ChangedItem(rs.getString(1), rs.getString(2), rs.getString(3),
                        ChangedItem.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), rs.getString(11),
                        rs.getString(12)), id, offset, limit);
    }

    int countChanges(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM policy_simulation_change WHERE simulation_id = ?",
                Integer.class, id);
    }

    List<Simulation> recent(SimulationKind kind, Long draftId, int limit) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM policy_simulation WHERE kind = ?"
                + (draftId == null ? "" : " AND draft_id = " + draftId.longValue())
                + " ORDER BY requested_at DESC, id DESC LIMIT ?", Long.class, kind.name(), limit);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    private static Simulation simulation(ResultSet rs, List<Transition> transitions, List<SubsidyCost> subsidies)
            throws SQLException {
        String programme = rs.getString("filter_programme");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Simulation(rs.getLong("id"), SimulationKind.valueOf(rs.getString("kind")),
                rs.getObject("draft_id", Long.class), rs.getString("baseline_version"), rs.getString("draft_version"),
                rs.getInt("assessment_year"), rs.getObject("figures_year", Integer.class),
                new SimulationFilter(rs.getString("filter_district"),
                        programme == null ? null : Programme.valueOf(programme),
                        rs.getObject("filter_tech_field", Integer.class)),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toLocalDateTime(),
                finished == null ? null : finished.toLocalDateTime(), SimulationStatus.valueOf(rs.getString("status")),
                rs.getObject("enterprises_total", Integer.class), rs.getInt("enterprises_done"),
                rs.getInt("enterprises_compared"), rs.getInt("changed_count"),
                rs.getObject("pipeline_before", Integer.class), rs.getObject("pipeline_after", Integer.class),
                rs.getObject("review_before", Integer.class), rs.getObject("review_after", Integer.class),
                rs.getString("failure"), transitions, subsidies);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
