package com.techladder.registry.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What lies behind the certified count: the pipeline of eligible but uncertified enterprises (from the classification
 * runs, tables of V3) and the certificates about to expire. Set-based SQL throughout.
 */
@Repository
class PipelineQueries {

    /** The enterprise holds a valid national 高企 certificate on :day. */
    private static final String HOLDS_NATIONAL_HTE = """
            EXISTS (SELECT 1 FROM certificate c WHERE c.uscc = a.uscc AND c.programme = 'NATIONAL_HTE' AND
            """ + CertifiedCounts.VALID_ON_DAY + ")";

    private static final String HOLDS_PROVINCIAL_HTE = HOLDS_NATIONAL_HTE.replace("'NATIONAL_HTE'", "'PROVINCIAL_HTE'");

    /**
     * Closest to recognition first: ELIGIBLE before NEEDS_REVIEW, then fewer 国家高企 criteria still open (NOT_MET or
     * UNKNOWN; unknown counts last), then the highest guaranteed innovation score (scoreMin), the highest reachable one
     * (scoreMax), and the USCC for a stable order. All of it from query columns, so the database ranks and cuts.
     */
    static final String CLOSEST_FIRST = """
             ORDER BY CASE WHEN a.national_hte_outcome = 'ELIGIBLE' THEN 0 ELSE 1 END,
                      a.national_hte_open_criteria NULLS LAST, a.national_hte_score_min DESC NULLS LAST,
                      a.national_hte_score_max DESC NULLS LAST, a.uscc""";

    /** The pipeline of a run on :day: ELIGIBLE or NEEDS_REVIEW for 国家高企, no valid national certificate. */
    private static final String PIPELINE = """
            SELECT a.uscc, e.name, e.district, e.in_hitech_zone, a.national_hte_outcome, a.national_hte_open_criteria,
                   a.national_hte_score_min, a.national_hte_score_max, a.eligible_tier, a.certified_tier,
                   CASE WHEN""" + " " + HOLDS_PROVINCIAL_HTE + """
             THEN TRUE ELSE FALSE END AS provincial
            FROM assessment a LEFT JOIN enterprise e ON e.uscc = a.uscc
            WHERE a.run_id = :run AND a.national_hte_outcome IN ('ELIGIBLE', 'NEEDS_REVIEW')
              AND NOT""" + " " + HOLDS_NATIONAL_HTE + CLOSEST_FIRST;

    /**
     * National certificates valid on :day that end by :lastDay with no later certificate of the same enterprise
     * behind them, with the holder's outcome in run :run.
     */
    private static final String EXPIRING = """
            SELECT c.uscc, COALESCE(e.name, c.name_on_list) AS name, e.district, e.in_hitech_zone,
                   c.certificate_no, c.issued_on, COALESCE(c.effective_valid_until, c.valid_until) AS until,
                   a.national_hte_outcome
            FROM certificate c
            LEFT JOIN enterprise e ON e.uscc = c.uscc
            LEFT JOIN assessment a ON a.uscc = c.uscc AND a.run_id = :run
            WHERE c.programme = 'NATIONAL_HTE' AND""" + " " + CertifiedCounts.VALID_ON_DAY + """
              AND COALESCE(c.effective_valid_until, c.valid_until) <= :lastDay
              AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.uscc = c.uscc AND n.programme = 'NATIONAL_HTE'
                              AND n.issued_on > c.issued_on AND n.revoked = FALSE)""";

    /** Rows a streamed query fetches at a time (on PostgreSQL, within a transaction, a cursor). */
    private static final int STREAM_FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;

    /** The same database, fetching {@value #STREAM_FETCH_SIZE} rows at a time: exports walk whole tables. */
    private final NamedParameterJdbcTemplate streaming;

    PipelineQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        fetching.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
    }

    /**
     * Enterprises of a run assessed ELIGIBLE for 国家高企 that hold no valid national certificate on 31 Dec of the run's
     * assessment year — the contract's {@code eligiblePipeline} — per district and in 福州高新区, for several runs at
     * once, in one query: the runs are a table joined to their assessments (index of V3), "no valid national
     * certificate" on the run's own 31 Dec is one NOT EXISTS — a hash anti-join on PostgreSQL (0.4 s for two runs of
     * 100,000, where the same condition written as a LEFT JOIN … IS NULL took 1.3 s), a probe of the certificate's key
     * index per ELIGIBLE record on H2.
     *
     * @param runsByYear the run of each assessment year (the official runs of the years a dashboard shows)
     * @return the counts per assessment year; a year of {@code runsByYear} whose run has none gets empty counts
     */
    Map<Integer, EligibleUncertified> eligibleUncertifiedAtYearEnds(Map<Integer, Long> runsByYear) {
        Map<Integer, Map<String, Integer>> byDistrict = new TreeMap<>();
        Map<Integer, Integer> inZone = new TreeMap<>();
        if (runsByYear.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringJoiner runs = new StringJoiner(", ");
        runsByYear.forEach((year, run) -> {
            runs.add("(CAST(:r" + year + " AS BIGINT), CAST(:d" + year + " AS DATE))");
            params.addValue("r" + year, run).addValue("d" + year, LocalDate.of(year, 12, 31));
            byDistrict.put(year, new LinkedHashMap<>());
            inZone.put(year, 0);
        });
        jdbc.query("""
                SELECT r.year_end, COALESCE(e.district, 'UNKNOWN') AS k,
                       CASE WHEN e.in_hitech_zone = TRUE THEN 1 ELSE 0 END AS zone, COUNT(*) AS n
                FROM (VALUES""" + " " + runs + """
                     ) AS r (run_id, year_end)
                JOIN assessment a ON a.run_id = r.run_id AND a.national_hte_outcome = 'ELIGIBLE'
                LEFT JOIN enterprise e ON e.uscc = a.uscc
                WHERE NOT EXISTS (SELECT 1 FROM certificate c WHERE c.uscc = a.uscc AND c.programme = 'NATIONAL_HTE'
                                  AND""" + " " + CertifiedCounts.validOn("r.year_end") + """
                )
                GROUP BY r.year_end, COALESCE(e.district, 'UNKNOWN'), CASE WHEN e.in_hitech_zone = TRUE THEN 1 ELSE 0 END""",
                params, rs -> {
                    int year = rs.getObject("year_end", LocalDate.class).getYear();
                    int n = rs.getInt("n");
                    byDistrict.get(year).merge(rs.getString("k").trim(), n, Integer::sum);
                    if (rs.getInt("zone") == 1) {
                        inZone.merge(year, n, Integer::sum);
                    }
                });
        Map<Integer, EligibleUncertified> counts = new TreeMap<>();
        byDistrict.forEach((year, districts) -> counts.put(year, new EligibleUncertified(districts, inZone.get(year))));
        return counts;
    }

    /** ELIGIBLE and uncertified on 31 Dec, per district code ({@link CertifiedCounts#UNKNOWN} without one), and in 福州高新区. */
    record EligibleUncertified(Map<String, Integer> byDistrict, int hitechZone) {

        int total() {
            return byDistrict.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One page of a run's pipeline, closest first ({@link #CLOSEST_FIRST}), ranked from {@code offset + 1}. */
    List<PipelineEntry> pipeline(long runId, LocalDate day, int limit, int offset) {
        List<PipelineEntry> page = new ArrayList<>(Math.min(limit, 1000));
        jdbc.query(PIPELINE + " LIMIT :limit OFFSET :offset", pipelineParameters(runId, day)
                .addValue("limit", limit).addValue("offset", offset), entries(offset, page::add));
        return page;
    }

    /**
     * The whole pipeline of a run, closest first, one entry at a time, as the database hands the rows over: call it
     * in a transaction, so that PostgreSQL reads through a cursor instead of handing over the whole result at once.
     */
    void forEachInPipeline(long runId, LocalDate day, Consumer<PipelineEntry> entry) {
        streaming.query(PIPELINE, pipelineParameters(runId, day), entries(0, entry));
    }

    private static MapSqlParameterSource pipelineParameters(long runId, LocalDate day) {
        return new MapSqlParameterSource("run", runId).addValue("day", day);
    }

    /** Maps rows to entries ranked {@code offset + 1, offset + 2, …} in the order they come. */
    private static RowCallbackHandler entries(int offset, Consumer<PipelineEntry> entry) {
        int[] rank = {offset};
        return rs -> {
            String district = trimmed(rs.getString("district"));
            entry.accept(new PipelineEntry(++rank[0], rs.getString("uscc").trim(), rs.getString("name"), district,
                    districtName(district), rs.getBoolean("in_hitech_zone"), rs.getString("national_hte_outcome"),
                    rs.getObject("national_hte_score_min", Integer.class),
                    rs.getObject("national_hte_score_max", Integer.class),
                    rs.getObject("national_hte_open_criteria", Integer.class),
                    rs.getString("eligible_tier"), rs.getString("certified_tier"), rs.getBoolean("provincial")));
        };
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
     * enterprise behind them, soonest first, with the holder's outcome in run {@code runId} (may be null): one page.
     */
    List<ExpiringCertificate> expiring(LocalDate day, LocalDate lastDay, Long runId, int limit, int offset) {
        List<ExpiringCertificate> page = new ArrayList<>(Math.min(limit, 1000));
        jdbc.query(EXPIRING + " ORDER BY until, c.uscc LIMIT :limit OFFSET :offset",
                expiringParameters(day, lastDay, runId).addValue("limit", limit).addValue("offset", offset),
                expiringCertificates(day, page::add));
        return page;
    }

    /** All of them, one at a time as the database hands them over (in a transaction: a cursor on PostgreSQL). */
    void forEachExpiring(LocalDate day, LocalDate lastDay, Long runId, Consumer<ExpiringCertificate> certificate) {
        streaming.query(EXPIRING + " ORDER BY until, c.uscc", expiringParameters(day, lastDay, runId),
                expiringCertificates(day, certificate));
    }

    /** How many there are. */
    int countExpiring(LocalDate day, LocalDate lastDay) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM (" + EXPIRING + ") x",
                expiringParameters(day, lastDay, null), Integer.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource expiringParameters(LocalDate day, LocalDate lastDay, Long runId) {
        return new MapSqlParameterSource("day", day).addValue("lastDay", lastDay)
                // no run: an id no run has, so the outcome columns come back empty
                .addValue("run", runId == null ? -1L : runId);
    }

    private static RowCallbackHandler expiringCertificates(LocalDate day, Consumer<ExpiringCertificate> certificate) {
        return rs -> {
            String district = trimmed(rs.getString("district"));
            LocalDate until = rs.getObject("until", LocalDate.class);
            String outcome = rs.getString("national_hte_outcome");
            certificate.accept(new ExpiringCertificate(rs.getString("uscc").trim(), rs.getString("name"), district,
                    districtName(district), rs.getBoolean("in_hitech_zone"), rs.getString("certificate_no"),
                    rs.getObject("issued_on", LocalDate.class), until, ChronoUnit.DAYS.between(day, until),
                    outcome, outcome == null ? null : "ELIGIBLE".equals(outcome)));
        };
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    static String districtName(String code) {
        return PlanScope.nameZh(code);
    }
}
