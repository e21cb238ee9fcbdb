package com.techladder.batch.assessment;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * An enterprise's assessments from the completed nightly (and manual) classification runs, newest first: the summary
 * columns of the classification feature's {@code assessment} table, one row per run, the newest {@value #LISTED}.
 * Read-only.
 */
@Repository
class AssessmentHistory {

    /** Runs listed: a nightly run a year is 365 rows per enterprise; the page shows the newest (issue 11). */
    static final int LISTED = 100;

    private final JdbcTemplate jdbc;

    AssessmentHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HistoryEntry> of(String uscc) {
        return jdbc.query("SELECT a.run_id, a.assessment_year, r.finished_at, a.ruleset_version, a.eligible_tier,"
                + " a.certified_tier, a.tech_sme_outcome, a.tech_sme_score, a.provincial_hte_outcome,"
                + " a.national_hte_outcome, a.national_hte_score_min, a.national_hte_score_max, a.little_giant_outcome,"
                + " a.result, COALESCE(a.rd_segmented_grant, 0) + COALESCE(a.rd_growth_grant, 0)"
                + " + COALESCE(a.little_giant_reward, 0) + COALESCE(a.hte_recognition_reward, 0) AS subsidy_total"
                + " FROM assessment a JOIN classification_run r ON r.id = a.run_id"
                + " WHERE a.uscc = CAST(? AS CHAR(18)) AND r.status = 'COMPLETED'"
                + " ORDER BY a.assessment_year DESC, a.run_id DESC LIMIT " + LISTED,
                (rs, row) -> new HistoryEntry(
                        rs.getLong("run_id"),
                        rs.getInt("assessment_year"),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime(),
                        rs.getString("ruleset_version"),
                        rs.getString("eligible_tier"),
                        rs.getString("certified_tier"),
                        rs.getString("tech_sme_outcome"),
                        (Integer) rs.getObject("tech_sme_score", Integer.class),
                        rs.getString("provincial_hte_outcome"),
                        rs.getString("national_hte_outcome"),
                        (Integer) rs.getObject("national_hte_score_min", Integer.class),
                        (Integer) rs.getObject("national_hte_score_max", Integer.class),
                        rs.getString("little_giant_outcome"),
                        rs.getBigDecimal("subsidy_total"),
                        AssessmentJson.parseResult(rs.getString("result"))),
                uscc);
    }
}
