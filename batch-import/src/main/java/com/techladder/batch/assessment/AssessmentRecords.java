package com.techladder.batch.assessment;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads assessment records. Read-only on purpose: records are written once by the classification job and never
 * updated or deleted, so there is no such method here or anywhere else.
 */
@Repository
class AssessmentRecords {

    static final int PAGE_SIZE = 1000;
    /** Typed like the column, so that PostgreSQL uses the index (a VARCHAR parameter makes it compare as text). */
    private static final String USCC = "CAST(? AS CHAR(18))";
    private static final String STORED = "run_id, uscc, ruleset_version, input_hash, inputs, result";

    private final JdbcTemplate jdbc;
    /** Results are stored with criteria texts by reference; records leave here with their full text. */
    private final RowMapper<StoredAssessment> storedMapper;

    AssessmentRecords(JdbcTemplate jdbc, CriterionCatalog catalog) {
        this.jdbc = jdbc;
        this.storedMapper = (rs, i) -> new StoredAssessment(rs.getLong("run_id"), rs.getString("uscc"),
                rs.getString("ruleset_version"), rs.getString("input_hash"), rs.getString("inputs"),
                catalog.expand(rs.getString("result")));
    }

    Optional<StoredAssessment> find(long runId, String uscc) {
        return jdbc.query("SELECT " + STORED + " FROM assessment WHERE run_id = ? AND uscc = " + USCC, storedMapper,
                runId, uscc).stream().findFirst();
    }

    /** Every record of a run, a page at a time in USCC order (keyset: memory holds one page whatever the run's size). */
    void forEachStoredPage(long runId, Consumer<List<StoredAssessment>> pages) {
        forEachPage(runId, STORED, storedMapper, StoredAssessment::uscc, pages);
    }

    /** Like {@link #forEachStoredPage} with any columns of {@code assessment}; {@code uscc} must be among them. */
    <T> void forEachPage(long runId, String columns, RowMapper<T> mapper, Function<T, String> usccOf,
            Consumer<List<T>> pages) {
        String after = "";
        while (true) {
            List<T> page = page(runId, after, columns, mapper);
            if (page.isEmpty()) {
                return;
            }
            pages.accept(page);
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = usccOf.apply(page.get(page.size() - 1));
        }
    }

    /** Up to {@link #PAGE_SIZE} records of a run after {@code afterUscc}, in USCC order. */
    <T> List<T> page(long runId, String afterUscc, String columns, RowMapper<T> mapper) {
        return jdbc.query("SELECT " + columns + " FROM assessment WHERE run_id = ? AND uscc > " + USCC + " ORDER BY uscc LIMIT ?",
                mapper, runId, afterUscc, PAGE_SIZE);
    }

    /** The stored results of some enterprises of a run, one query for all of them. */
    List<StoredAssessment> findAll(long runId, List<String> usccs) {
        if (usccs.isEmpty()) {
            return List.of();
        }
        String in = USCC + (", " + USCC).repeat(usccs.size() - 1);
        Object[] args = new Object[usccs.size() + 1];
        args[0] = runId;
        for (int i = 0; i < usccs.size(); i++) {
            args[i + 1] = usccs.get(i);
        }
        return jdbc.query("SELECT " + STORED + " FROM assessment WHERE run_id = ? AND uscc IN (" + in + ")",
                storedMapper, args);
    }
}
