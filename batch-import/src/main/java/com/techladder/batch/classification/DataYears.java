package com.techladder.batch.classification;

import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which assessment year the registry's figures are for. The newest fiscal year imported is F, so the year to assess
 * is F + 1 (an assessment for year Y reads the accounting years up to Y−1); the calendar year is usually one later
 * and has no figures yet.
 */
@Repository
public class DataYears {

    /**
     * Enterprises of {@code a} with no accounting year {@code :fiscalYear} (Y−1); shared by the launch check and the
     * completed run ({@link ClassificationRunRepository#closingCounts}).
     */
    static final String WITHOUT_YEAR = "NOT EXISTS (SELECT 1 FROM accounting_year y WHERE y.uscc = a.uscc"
            + " AND y.fiscal_year = :fiscalYear)";

    private final JdbcTemplate jdbc;

    public DataYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest fiscal year imported, if any. */
    public Optional<Integer> newestFiscalYear() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(fiscal_year) FROM accounting_year", Integer.class));
    }

    /** The year to assess by default: the newest fiscal year imported + 1; the calendar year in {@code zone} without any. */
    public int dataYear(ZoneId zone) {
        return newestFiscalYear().map(fiscal -> fiscal + 1).orElseGet(() -> Year.now(zone).getValue());
    }

    /** The registry as a run for {@code assessmentYear} would find it now. */
    public DataCoverage coverage(int assessmentYear) {
        return new NamedParameterJdbcTemplate(jdbc).queryForObject("SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN "
                        + WITHOUT_YEAR + " THEN 1 ELSE 0 END), 0) AS without_data FROM enterprise a",
                Map.of("fiscalYear", assessmentYear - 1),
                (rs, i) -> new DataCoverage(assessmentYear, rs.getInt("n"), rs.getInt("without_data")));
    }
}
