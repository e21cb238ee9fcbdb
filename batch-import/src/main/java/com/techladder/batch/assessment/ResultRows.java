package com.techladder.batch.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The results of a run as rows of the contract's columns, streamed a page at a time in USCC order: exports of a
 * million enterprises never hold more than a page.
 */
@Component
class ResultRows {

    /**
     * The contract's columns, in order (docs/contracts/http-api.md, Classification runs), then our extensions
     * ({@code eligible_tier_provisional}: the eligible tier rests on provisional values, 暂定); all are columns of
     * {@code assessment}.
     */
    static final List<String> COLUMNS = List.of("run_id", "uscc", "name", "district", "assessment_year",
            "certified_tier", "eligible_tier", "tech_sme_outcome", "tech_sme_score", "provincial_hte_outcome",
            "national_hte_outcome", "national_hte_score_min", "national_hte_score_max", "little_giant_outcome",
            "rd_segmented_grant", "rd_growth_grant", "little_giant_reward", "hte_recognition_reward",
            "ruleset_version", "input_hash", "eligible_tier_provisional");
    private static final int USCC = COLUMNS.indexOf("uscc");

    /** Amounts without trailing zeros, as the contract writes them. */
    private static final RowMapper<Object[]> ROW = (rs, i) -> {
        Object[] values = new Object[COLUMNS.size()];
        for (int c = 0; c < values.length; c++) {
            Object value = rs.getObject(c + 1);
            values[c] = value instanceof BigDecimal amount ? amount.stripTrailingZeros() : value;
        }
        return values;
    };

    private final AssessmentRecords records;

    ResultRows(AssessmentRecords records) {
        this.records = records;
    }

    void forEach(long runId, Consumer<Object[]> row) {
        records.forEachPage(runId, String.join(", ", COLUMNS), ROW, values -> (String) values[USCC],
                page -> page.forEach(row));
    }
}
