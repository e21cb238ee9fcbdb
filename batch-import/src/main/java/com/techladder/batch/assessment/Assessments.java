package com.techladder.batch.assessment;

import com.techladder.batch.classification.ClassificationProperties;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.batch.classification.DataYears;
import com.techladder.batch.classification.RunStatus;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The assessment store, the one way into it: the classification job appends records here, and everything that reads
 * them — the official run of a year, an enterprise's record and history, replays, comparisons of two runs and exports —
 * reads them here. Records are written once and never changed (there is no such method). The store's tables are
 * {@code classification_run}, {@code assessment} and {@code criterion_text}; no other module touches them with SQL of
 * its own (registry-app's ArchUnit rules keep it to this facade).
 *
 * <p>Reads are bounded: single records, pages of {@value AssessmentRecords#PAGE_SIZE} in USCC order, or streams a
 * page at a time; nothing here holds a whole run in memory.
 */
@Service
public class Assessments {

    /** The columns of a results export, in the contract's order (docs/contracts/http-api.md, Classification runs). */
    public static final List<String> RESULT_COLUMNS = ResultRows.COLUMNS;

    private final AssessmentInserts inserts;
    private final AssessmentRecords records;
    private final ClassificationRunRepository runs;
    private final OfficialRuns officialRuns;
    private final AssessmentHistory history;
    private final RunReplay replay;
    private final RunDiff diff;
    private final ResultRows results;
    private final DataYears dataYears;
    private final ClassificationProperties properties;

    Assessments(AssessmentInserts inserts, AssessmentRecords records, ClassificationRunRepository runs,
            OfficialRuns officialRuns, AssessmentHistory history, RunReplay replay, RunDiff diff, ResultRows results,
            DataYears dataYears, ClassificationProperties properties) {
        this.inserts = inserts;
        this.records = records;
        this.runs = runs;
        this.officialRuns = officialRuns;
        this.history = history;
        this.replay = replay;
        this.diff = diff;
        this.results = results;
        this.dataYears = dataYears;
        this.properties = properties;
    }

    // writing

    /**
     * Appends one record per enterprise of a run ({@code assessments.get(i)} is the result of {@code profiles.get(i)})
     * in the caller's transaction: the classification job's chunk commits the records with its progress.
     */
    public void append(long runId, List<EnterpriseProfile> profiles, List<Assessment> assessments)
            throws SQLException, IOException {
        inserts.append(runId, profiles, assessments);
    }

    // runs

    public Optional<ClassificationRun> run(long runId) {
        return runs.find(runId);
    }

    /** The newest runs, of one assessment year or of all when {@code assessmentYear} is null, newest first. */
    public List<ClassificationRun> runs(Integer assessmentYear, int limit) {
        return runs.list(assessmentYear, limit);
    }

    /** Of the newest {@code limit} runs, those that completed. */
    public List<ClassificationRun> completedRuns(int limit) {
        return runs.list(null, limit).stream().filter(r -> r.status() == RunStatus.COMPLETED).toList();
    }

    // records

    /** An enterprise's record in a run (any run, completed or not), criteria with their full texts. */
    public Optional<StoredAssessment> find(long runId, String uscc) {
        return records.find(runId, uscc);
    }

    /** An enterprise's records in completed runs, newest first, at most {@value AssessmentHistory#LISTED}. */
    public List<HistoryEntry> history(String uscc) {
        return history.of(uscc);
    }

    // the official run (OfficialRuns defines it)

    /**
     * The official run of {@code assessmentYear}, or of the {@link #defaultYear() default year} when it is null.
     */
    public Optional<OfficialRun> officialRun(Integer assessmentYear) {
        return officialRuns.ofChosen(assessmentYear);
    }

    /** An enterprise's record in the official run of the year (or of the default year); empty when it has none. */
    public Optional<StoredAssessment> officialAssessment(String uscc, Integer assessmentYear) {
        return officialRuns.assessmentOf(uscc, assessmentYear);
    }

    /** The year (or the default year) with its official run and the other years to choose from. */
    public OfficialYear officialYear(Integer assessmentYear) {
        return officialRuns.year(assessmentYear);
    }

    /** Assessment years with a completed run, newest first. */
    public List<Integer> assessedYears() {
        return officialRuns.years();
    }

    /** The year a page shows when the user has chosen none ({@link OfficialRuns}). */
    public int defaultYear() {
        return officialRuns.defaultYear();
    }

    /**
     * The year the registry's figures are for: the newest fiscal year imported + 1 (the calendar year in the
     * configured zone without any). A run assesses it unless told otherwise.
     */
    public int dataYear() {
        return dataYears.dataYear(ZoneId.of(properties.zone()));
    }

    /** What a run for {@code assessmentYear} would find now: callers warn before a run that would be mostly 资料不足. */
    public DataCoverage coverage(int assessmentYear) {
        return dataYears.coverage(assessmentYear);
    }

    // replay, comparison, export: completed runs (callers check; a running run is still incomplete)

    /** Re-evaluates every record of {@code run} under the run's own rules and parameters. */
    public ReplayReport replay(ClassificationRun run) {
        return replay.replay(run);
    }

    /**
     * One page of the comparison of two runs: of the changed enterprises that {@code filter} keeps, the {@code limit}
     * after the first {@code offset}, in USCC order; the counts and the summary cover all of them.
     */
    public RunDiff.Report diff(ClassificationRun a, ClassificationRun b, int limit, int offset, RunDiff.Filter filter) {
        return diff.diff(a, b, limit, offset, filter);
    }

    /**
     * Every record of a run as a row of {@link #RESULT_COLUMNS}, in USCC order, read a page at a time (amounts without
     * trailing zeros).
     */
    public void forEachResult(long runId, Consumer<Object[]> row) {
        results.forEach(runId, row);
    }
}
