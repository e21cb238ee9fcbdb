package com.techladder.batch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.RunStatus;
import com.techladder.batch.classification.RunTrigger;
import com.techladder.batch.classification.SampleRegistry;
import com.techladder.rules.model.EnterpriseProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment store through its facade, over two completed runs of part of the sample registry (more enterprises
 * than a page, so every streamed read crosses a page boundary): the official run, records, history, replay, comparison and the
 * export's rows. The HTTP and page views of the same are registry-app's tests.
 */
@DatabaseSpecific
@SpringBootTest
class AssessmentsTest {

    private static final int YEAR = 2025;
    private static List<EnterpriseProfile> sample;
    private static ClassificationRun first;
    private static ClassificationRun second;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClassificationRuns classification;
    @Autowired
    Assessments assessments;

    /** Two runs of the same registry with the same rules, made once for the class. */
    @BeforeEach
    void twoRuns() throws Exception {
        if (second != null) {
            return;
        }
        // a page and a bit of the sample: enough to cross a page boundary, no more (each run evaluates all of it)
        sample = SampleRegistry.profiles().subList(0, AssessmentRecords.PAGE_SIZE + 100);
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, sample);
        first = run();
        second = run();
    }

    private ClassificationRun run() throws InterruptedException {
        ClassificationRun run = classification.awaitEnd(classification.start(YEAR, RunTrigger.MANUAL, "tester"),
                Duration.ofMinutes(2));
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }

    @Test
    void theOfficialRunOfAYearIsItsNewestCompletedRunAndAnUnfinishedRunNeverIs() {
        // a later run of the year that failed: newer, but not the registry's word
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at) VALUES (?, 'FAILED', 'MANUAL', 'v', '{}', 't', now())",
                YEAR);
        try {
            assertThat(assessments.officialRun(YEAR)).map(OfficialRun::runId).contains(second.id());
            assertThat(assessments.officialRun(YEAR - 7)).isEmpty();
            assertThat(assessments.assessedYears()).containsExactly(YEAR);
            OfficialYear shown = assessments.officialYear(YEAR);
            assertThat(shown.run().runId()).isEqualTo(second.id());
            String uscc = sample.get(0).uscc();
            assertThat(assessments.officialAssessment(uscc, YEAR)).map(StoredAssessment::runId).contains(second.id());
        } finally {
            jdbc.update("DELETE FROM classification_run WHERE status = 'FAILED'");
        }
    }

    @Test
    void aRecordReadsBackWithItsInputsIntactAndTheHistoryListsTheCompletedRunsNewestFirst() {
        EnterpriseProfile profile = sample.get(sample.size() / 2);
        StoredAssessment stored = assessments.find(first.id(), profile.uscc()).orElseThrow();

        assertThat(stored.inputsIntact()).isTrue();
        assertThat(stored.profile().uscc()).isEqualTo(profile.uscc());
        assertThat(stored.assessment().assessmentYear()).isEqualTo(YEAR);
        assertThat(assessments.history(profile.uscc())).extracting(HistoryEntry::runId)
                .containsExactly(second.id(), first.id());
        assertThat(assessments.find(first.id(), "91350100M000100Y43")).isEmpty();
    }

    @Test
    void aRunReplaysExactlyAndTwoRunsOfTheSameRegistryAndRulesDifferInNothing() {
        ReplayReport replay = assessments.replay(first);
        assertThat(replay.compared()).isEqualTo(sample.size());
        assertThat(replay.reproduced()).isTrue();

        RunDiff.Report diff = assessments.diff(first, second, 10, 0, RunDiff.Filter.NONE);
        assertThat(diff.compared()).isEqualTo(sample.size());
        assertThat(diff.changed()).isZero();
        assertThat(diff.onlyInA()).isEmpty();
        assertThat(diff.onlyInB()).isEmpty();
        assertThat(diff.rulesChanged()).isFalse();
    }

    @Test
    void theResultsStreamInUsccOrderOneRowPerEnterpriseInTheExportsColumns() {
        List<Object[]> rows = new ArrayList<>();
        assessments.forEachResult(first.id(), rows::add);

        int uscc = Assessments.RESULT_COLUMNS.indexOf("uscc");
        int tier = Assessments.RESULT_COLUMNS.indexOf("eligible_tier");
        assertThat(rows).hasSize(sample.size()).allSatisfy(row -> assertThat(row).hasSize(Assessments.RESULT_COLUMNS.size()));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(((String) rows.get(i)[uscc]).compareTo((String) rows.get(i - 1)[uscc])).isPositive();
        }
        Object[] row = rows.get(AssessmentRecords.PAGE_SIZE);
        StoredAssessment stored = assessments.find(first.id(), (String) row[uscc]).orElseThrow();
        assertThat(row[tier]).isEqualTo(stored.assessment().eligibleTier().name());
    }
}
