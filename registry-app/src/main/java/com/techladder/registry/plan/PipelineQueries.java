package com.techladder.registry.plan;

import com.techladder.batch.classification.AssessmentJson;
import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.CriterionStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What lies behind the certified count: the pipeline of eligible but uncertified enterprises (from the classification
 * runs, tables of V20) and the certificates about to expire. Set-based SQL throughout.
 */
@Repository
class PipelineQueries {

    /** The enterprise holds a valid national 高企 certificate on :day. */
    private static final String HOLDS_NATIONAL_HTE = """
            EXISTS (SELECT 1 FROM certificate c WHERE c.uscc = a.uscc AND c.programme = 'NATIONAL_HTE' AND
            """ + CertifiedCounts.VALID_ON_DAY + ")";

    private static final String HOLDS_PROVINCIAL_HTE = HOLDS_NATIONAL_HTE.replace("'NATIONAL_HTE'", "'PROVINCIAL_HTE'");

    /** Closest to recognition first (see {@link #pipeline}). */
    private static final Comparator<PipelineEntry> CLOSEST_FIRST =
            Comparator.comparing((PipelineEntry e) -> !"ELIGIBLE".equals(e.nationalHteOutcome()))
                    .thenComparing(PipelineEntry::openCriteria, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(PipelineEntry::scoreMin, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(PipelineEntry::scoreMax, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(PipelineEntry::uscc);

    private final NamedParameterJdbcTemplate jdbc;

    PipelineQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Enterprises of a run assessed ELIGIBLE for 国家高企 that hold no valid national certificate on {@code day}, per
     * district code ({@link CertifiedCounts#UNKNOWN} without one) — the contract's {@code eligiblePipeline}.
     */
    Map<String, Integer> eligibleUncertifiedByDistrict(long runId, LocalDate day) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("""
                SELECT COALESCE(e.district, 'UNKNOWN') AS k, COUNT(*) AS n FROM assessment a
                LEFT JOIN enterprise e ON e.uscc = a.uscc
                WHERE a.run_id = :run AND a.national_hte_outcome = 'ELIGIBLE' AND NOT""" + " " + HOLDS_NATIONAL_HTE + """
                 GROUP BY COALESCE(e.district, 'UNKNOWN')""",
                new MapSqlParameterSource("run", runId).addValue("day", day),
                rs -> {
                    counts.put(rs.getString("k").trim(), rs.getInt("n"));
                });
        return counts;
    }

    /** The same in 福州高新区. */
    int eligibleUncertifiedInHitechZone(long runId, LocalDate day) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM assessment a JOIN enterprise e ON e.uscc = a.uscc
                WHERE a.run_id = :run AND e.in_hitech_zone = TRUE AND a.national_hte_outcome = 'ELIGIBLE'
                AND NOT""" + " " + HOLDS_NATIONAL_HTE,
                new MapSqlParameterSource("run", runId).addValue("day", day), Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * The pipeline of a run, closest first: ELIGIBLE before NEEDS_REVIEW, then fewer 国家高企 criteria still open
     * (NOT_MET or UNKNOWN), then the highest guaranteed innovation score (scoreMin), the highest reachable one
     * (scoreMax), and the USCC for a stable order. The open criteria are read from each assessment's stored result,
     * so the ranking is done here rather than in SQL; a pipeline is at most a few thousand enterprises.
     */
    List<PipelineEntry> pipeline(long runId, LocalDate day, int limit) {
        List<PipelineEntry> entries = jdbc.query("""
                SELECT a.uscc, e.name, e.district, e.in_hitech_zone, a.national_hte_outcome, a.result,
                       a.national_hte_score_min, a.national_hte_score_max, a.eligible_tier, a.certified_tier,
                       CASE WHEN""" + " " + HOLDS_PROVINCIAL_HTE + """
                        THEN TRUE ELSE FALSE END AS provincial
                FROM assessment a LEFT JOIN enterprise e ON e.uscc = a.uscc
                WHERE a.run_id = :run AND a.national_hte_outcome IN ('ELIGIBLE', 'NEEDS_REVIEW')
                  AND NOT""" + " " + HOLDS_NATIONAL_HTE,
                new MapSqlParameterSource("run", runId).addValue("day", day),
                (rs, n) -> {
                    String district = trimmed(rs.getString("district"));
                    return new PipelineEntry(0, rs.getString("uscc").trim(), rs.getString("name"), district,
                            districtName(district), rs.getBoolean("in_hitech_zone"),
                            rs.getString("national_hte_outcome"), (Integer) rs.getObject("national_hte_score_min"),
                            (Integer) rs.getObject("national_hte_score_max"), openCriteria(rs.getString("result")),
                            rs.getString("eligible_tier"), rs.getString("certified_tier"), rs.getBoolean("provincial"));
                });
        List<PipelineEntry> sorted = entries.stream().sorted(CLOSEST_FIRST).limit(limit).toList();
        List<PipelineEntry> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).ranked(i + 1));
        }
        return ranked;
    }

    /** 国家高企 criteria of a stored result that are not MET; null when the result cannot be read. */
    static Integer openCriteria(String resultJson) {
        try {
            return AssessmentJson.parseResult(resultJson).programmes().stream()
                    .filter(p -> p.programme() == Programme.NATIONAL_HTE).findFirst()
                    .map(p -> (int) p.criteria().stream().filter(c -> c.result() != CriterionStatus.MET).count())
                    .orElse(null);
        } catch (IllegalStateException unreadable) {
            // ranked by score alone, after those whose open criteria are known
            return null;
        }
    }

    /** Size of a run's pipeline by outcome (ELIGIBLE, NEEDS_REVIEW). */
    Map<String, Integer> pipelineSize(long runId, LocalDate day) {
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("ELIGIBLE", 0, "NEEDS_REVIEW", 0));
        jdbc.query("""
                SELECT a.national_hte_outcome AS outcome, COUNT(*) AS n FROM assessment a
                WHERE a.run_id = :run AND a.national_hte_outcome IN ('ELIGIBLE', 'NEEDS_REVIEW')
                  AND NOT""" + " " + HOLDS_NATIONAL_HTE + " GROUP BY a.national_hte_outcome",
                new MapSqlParameterSource("run", runId).addValue("day", day),
                rs -> {
                    counts.put(rs.getString("outcome"), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * National certificates valid on {@code day} that end by {@code lastDay} and have no later certificate of the same
     * enterprise behind them, soonest first, with the holder's outcome in run {@code runId} (may be null).
     */
    List<ExpiringCertificate> expiring(LocalDate day, LocalDate lastDay, Long runId) {
        return jdbc.query("""
                SELECT c.uscc, COALESCE(e.name, c.name_on_list) AS name, e.district, e.in_hitech_zone,
                       c.certificate_no, c.issued_on, COALESCE(c.effective_valid_until, c.valid_until) AS until,
                       a.national_hte_outcome
                FROM certificate c
                LEFT JOIN enterprise e ON e.uscc = c.uscc
                LEFT JOIN assessment a ON a.uscc = c.uscc AND a.run_id = :run
                WHERE c.programme = 'NATIONAL_HTE' AND""" + " " + CertifiedCounts.VALID_ON_DAY + """
                  AND COALESCE(c.effective_valid_until, c.valid_until) <= :lastDay
                  AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.uscc = c.uscc AND n.programme = 'NATIONAL_HTE'
                                  AND n.issued_on > c.issued_on AND n.revoked = FALSE)
                ORDER BY until, c.uscc""",
                new MapSqlParameterSource("day", day).addValue("lastDay", lastDay)
                        // no run: an id no run has, so the outcome columns come back empty
                        .addValue("run", runId == null ? -1L : runId),
                (rs, n) -> {
                    String district = trimmed(rs.getString("district"));
                    LocalDate until = rs.getObject("until", LocalDate.class);
                    String outcome = rs.getString("national_hte_outcome");
                    return new ExpiringCertificate(rs.getString("uscc").trim(), rs.getString("name"), district,
                            districtName(district), rs.getBoolean("in_hitech_zone"), rs.getString("certificate_no"),
                            rs.getObject("issued_on", LocalDate.class), until, ChronoUnit.DAYS.between(day, until),
                            outcome, outcome == null ? null : "ELIGIBLE".equals(outcome));
                });
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    static String districtName(String code) {
        return code == null ? "未知区县" : FuzhouDivision.byCode(code).map(FuzhouDivision::nameZh).orElse(code);
    }
}
