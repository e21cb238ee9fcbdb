package com.techladder.batch.assessment;

import com.techladder.batch.classification.ClassificationProperties;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.batch.classification.DataYears;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * "The official run" — defined here and nowhere else. Every page and API that shows an assessment as the registry's
 * word on an enterprise or a year reads it from here, through {@link Assessments}:
 * <ul>
 * <li>the official run <em>of an assessment year</em> is the newest COMPLETED run of that year (a later replay or
 *     correction of the year replaces it; a run of another year never does);</li>
 * <li>a page that is about no particular year shows the {@link #defaultYear() default year}: the year the registry's
 *     figures are for (newest fiscal year imported + 1) when it has a completed run, else the newest year with one
 *     before it, else the newest year with one at all. A run for a year without figures (every enterprise at 资料不足)
 *     is therefore never shown by default; it stays reachable through the year chooser, marked.</li>
 * </ul>
 */
@Service
class OfficialRuns {

    private final JdbcTemplate jdbc;
    private final DataYears dataYears;
    private final ClassificationProperties properties;
    private final AssessmentRecords records;

    OfficialRuns(JdbcTemplate jdbc, DataYears dataYears, ClassificationProperties properties,
            AssessmentRecords records) {
        this.jdbc = jdbc;
        this.records = records;
        this.dataYears = dataYears;
        this.properties = properties;
    }

    /** The official run of {@code assessmentYear}: its newest completed run. */
    Optional<OfficialRun> of(int assessmentYear) {
        return jdbc.query("SELECT id, assessment_year, total, without_data_count FROM classification_run"
                        + " WHERE status = 'COMPLETED' AND assessment_year = ? ORDER BY id DESC LIMIT 1",
                (rs, i) -> {
                    Integer withoutData = rs.getObject("without_data_count", Integer.class);
                    return new OfficialRun(rs.getLong("id"), rs.getInt("assessment_year"),
                            withoutData != null && new DataCoverage(assessmentYear, rs.getInt("total"), withoutData)
                                    .mostlyWithoutData());
                }, assessmentYear).stream().findFirst();
    }

    /** The official run of the chosen year, or of the {@link #defaultYear() default year} when none is chosen. */
    Optional<OfficialRun> ofChosen(Integer chosenYear) {
        return of(chosenYear != null ? chosenYear : defaultYear());
    }

    /** An enterprise's record in the official run of the chosen (or default) year; empty when that run did not assess it. */
    Optional<StoredAssessment> assessmentOf(String uscc, Integer chosenYear) {
        return ofChosen(chosenYear).flatMap(run -> records.find(run.runId(), uscc));
    }

    /** The chosen year (or the default year) with its official run and the other years to choose from. */
    OfficialYear year(Integer chosenYear) {
        int year = chosenYear != null ? chosenYear : defaultYear();
        TreeSet<Integer> choices = new TreeSet<>(Comparator.reverseOrder());
        choices.addAll(years());
        choices.add(year);
        return new OfficialYear(year, List.copyOf(choices), of(year).orElse(null));
    }

    /** Assessment years with a completed run, newest first: the choices of a page's year chooser. */
    List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT assessment_year FROM classification_run WHERE status = 'COMPLETED'"
                + " ORDER BY assessment_year DESC", Integer.class);
    }

    /** The year a page shows when the user has chosen none (see the class comment). */
    int defaultYear() {
        int dataYear = dataYears.dataYear(ZoneId.of(properties.zone()));
        List<Integer> years = years();
        return years.stream().filter(y -> y <= dataYear).findFirst()
                .orElse(years.isEmpty() ? dataYear : years.get(0));
    }
}
