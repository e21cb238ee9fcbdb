package com.techladder.registry.plan;

import com.techladder.registry.testing.RegistryFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL registries of the plan benchmarks ({@link PipelineBenchmark}, {@link PlanProgressBenchmark}),
 * generated in set-based SQL: enterprises in twelve districts (one in seven in 福州高新区) and completed official runs
 * whose records put a fifth of the registry ELIGIBLE and a tenth NEEDS_REVIEW for 国家高企, with open criteria and
 * scores spread. Each benchmark adds the certificates and years it needs.
 */
final class GeneratedRegistry {

    private final JdbcTemplate jdbc;
    private final RegistryFixtures fixtures;

    GeneratedRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fixtures = new RegistryFixtures(jdbc);
    }

    /** Empties the registry and the runs, then adds {@code enterprises} firms; answers the import they come from. */
    long enterprises(int enterprises) {
        jdbc.execute("TRUNCATE TABLE assessment");
        jdbc.update("DELETE FROM classification_run");
        fixtures.clearRegistry();
        long importId = fixtures.anImport();
        jdbc.update("""
                INSERT INTO enterprise (uscc, name, district, in_hitech_zone, updated_at)
                SELECT '91350100' || LPAD(n::text, 10, '0'), '生成' || n || '科技有限公司',
                       (ARRAY['350102','350103','350104','350105','350111','350112','350121','350122','350123',
                              '350124','350125','350181'])[1 + n % 12], n % 7 = 0, now()
                FROM generate_series(1, ?) n""", enterprises);
        return importId;
    }

    /**
     * A completed run of {@code year} with a record for every enterprise, each carrying a stored result of about
     * {@code resultBytes} of random hex (which compresses about as badly as the real JSON; 0: an empty object).
     */
    long completedRun(int year, int resultBytes) {
        int enterprises = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class);
        jdbc.update("""
                INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,
                    parameter_snapshot, launched_by, started_at, finished_at, total, processed)
                VALUES (?, 'COMPLETED', 'MANUAL', 'benchmark', '{}', 'benchmark', now(), now(), ?, ?)""",
                year, enterprises, enterprises);
        long run = jdbc.queryForObject("SELECT MAX(id) FROM classification_run", Long.class);
        jdbc.update("""
                INSERT INTO assessment (run_id, uscc, assessment_year, ruleset_version, input_hash, inputs, result,
                    eligible_tier, certified_tier, tech_sme_outcome, provincial_hte_outcome, national_hte_outcome,
                    national_hte_score_min, national_hte_score_max, national_hte_open_criteria, little_giant_outcome)
                SELECT ?, uscc, ?, 'benchmark', md5(uscc) || md5(uscc), '{}',
                       COALESCE((SELECT string_agg(md5(e.uscc || i), '') FROM generate_series(1, ?) i), '{}'),
                       'NONE', 'NONE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE',
                       CASE WHEN h % 10 < 2 THEN 'ELIGIBLE' WHEN h % 10 = 2 THEN 'NEEDS_REVIEW'
                            ELSE 'NOT_ELIGIBLE' END,
                       40 + h % 50, 60 + h % 40, h % 9, 'NOT_ELIGIBLE'
                FROM (SELECT uscc, ABS(hashtext(uscc || ?)::BIGINT) AS h FROM enterprise) e""",
                run, year, resultBytes / 32, String.valueOf(year));
        return run;
    }
}
