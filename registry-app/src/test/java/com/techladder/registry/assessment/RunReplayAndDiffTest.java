package com.techladder.registry.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.node.IntNode;
import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.ReplayReport;
import com.techladder.batch.assessment.RunDiff;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.assessment.CriterionCatalog;
import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.RunStatus;
import com.techladder.batch.classification.RunTrigger;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replay reproduces an old run exactly after the parameters changed; the diff names exactly the enterprises whose
 * outcome changed — checked against the engine called directly on the stored inputs.
 */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
class RunReplayAndDiffTest {

    private static final int YEAR = ClassificationFixtures.YEAR;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClassificationRuns classification;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    Assessments assessments;
    @Autowired
    CriterionCatalog catalog;

    /** 科小 職工总数上限 lowered from 500 to 100 for 2025: the larger fixture enterprises stop qualifying. */
    private static PolicyEngine changedParameters() {
        return PolicyEngines.of(ParameterFiles.load().withValue("tech_sme.max_employees", LocalDate.of(2025, 1, 1),
                IntNode.valueOf(100), "test: lowered limit", Confidence.PROVISIONAL));
    }

    @BeforeEach
    void registry() {
        ClassificationFixtures.registry(jdbc);
    }

    @Test
    void replayingAnOldRunAfterAParameterChangeReproducesItExactly() throws Exception {
        ClassificationRun before = run(PolicyEngines.standard());
        ClassificationRun after = run(changedParameters());
        assertThat(after.rulesetVersion()).isNotEqualTo(before.rulesetVersion());

        // the application runs with the standard parameters: the run made with the changed ones must be rebuilt from
        // its own snapshot
        ReplayReport report = assessments.replay(after);

        assertThat(report.compared()).isEqualTo(ClassificationFixtures.EMPLOYEES.size());
        assertThat(report.differing()).isZero();
        assertThat(report.reproduced()).isTrue();
        assertThat(report.replayedWith()).isEqualTo(after.rulesetVersion());
        assertThat(assessments.replay(before).differing()).isZero();
        assertThat(diff(before, after, 100, 0).changed()).as("the parameter change matters for this registry").isPositive();
    }

    @Test
    void replayJudgesOnTheRunsStoredAssessmentDay() throws Exception {
        ClassificationRun run = run(PolicyEngines.standard());

        ReplayReport same = assessments.replay(run);
        assertThat(same.reproduced()).isTrue();
        assertThat(same.assessmentDay()).isEqualTo(LocalDate.now()).isEqualTo(run.assessmentDay());
        assertThat(same.referenceDayBasis()).isEqualTo("ASSESSMENT_DAY");
        // the replayed rungs resting on provisional values, counted against the stored results read independently
        long provisional = jdbc.queryForList("SELECT result FROM assessment WHERE run_id = ?", String.class, run.id())
                .stream().filter(json -> AssessmentJson.parseResult(json).eligibleTierProvisional()).count();
        assertThat(same.eligibleTierProvisional()).isEqualTo(provisional);

        // the same run, had it been made on 15 June of its year: judged on that day, every stored result differs
        jdbc.update("UPDATE classification_run SET assessment_day = ? WHERE id = ?", LocalDate.of(YEAR, 6, 15), run.id());
        ReplayReport otherDay = assessments.replay(runs.find(run.id()).orElseThrow());
        assertThat(otherDay.assessmentDay()).isEqualTo(LocalDate.of(YEAR, 6, 15));
        assertThat(otherDay.differing()).isEqualTo(otherDay.compared()).isPositive();
    }

    @Test
    void aRunStoredBeforeItsDayWasRecordedReplaysOnTheWindowsLastDayAndSaysSo() throws Exception {
        ClassificationRun made = run(PolicyEngines.standard());
        long old = copyAsStoredBeforeDays(made);

        ReplayReport report = assessments.replay(runs.find(old).orElseThrow());

        assertThat(report.assessmentDay()).isNull();
        assertThat(report.referenceDayBasis()).isEqualTo("WINDOW_LAST_DAY");
        assertThat(report.compared()).isEqualTo(ClassificationFixtures.EMPLOYEES.size());
        assertThat(report.reproduced()).as("results without days compared with results without days").isTrue();
    }

    /**
     * A copy of {@code run} as a run made before the assessment day was stored (issue 10.1): no assessment day, results
     * without reference days.
     * Rows are appended (assessments are never updated), as the run itself appended them.
     */
    private long copyAsStoredBeforeDays(ClassificationRun run) {
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at, finished_at, total, processed) SELECT assessment_year,"
                + " status, run_trigger, ruleset_version, parameter_snapshot, launched_by, started_at, finished_at,"
                + " total, processed FROM classification_run WHERE id = ?", run.id());
        long old = jdbc.queryForObject("SELECT MAX(id) FROM classification_run", Long.class);
        List<String> columns = jdbc.query("SELECT * FROM assessment WHERE 1 = 0", rs -> {
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                names.add(rs.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        });
        columns.removeAll(List.of("run_id", "result"));
        String kept = String.join(", ", columns);
        for (int i = 0; i < ClassificationFixtures.EMPLOYEES.size(); i++) {
            String uscc = ClassificationFixtures.uscc(i);
            Assessment stored = assessments.find(run.id(), uscc).orElseThrow().assessment();
            String withoutDays = catalog.compactAll(List.of(AssessmentJson.withoutDays(stored))).get(0);
            jdbc.update("INSERT INTO assessment (run_id, result, " + kept + ") SELECT ?, ?, " + kept
                    + " FROM assessment WHERE run_id = ? AND uscc = ?", old, withoutDays, run.id(), uscc);
        }
        return old;
    }

    @Test
    void theDiffNamesExactlyTheEnterprisesChangedByModifiedInputs() throws Exception {
        ClassificationRun before = run(PolicyEngines.standard());
        jdbc.update("UPDATE accounting_year SET tech_staff = 0, rd_expense = 0 WHERE uscc IN (?, ?) AND fiscal_year = ?",
                ClassificationFixtures.uscc(2), ClassificationFixtures.uscc(3), YEAR - 1);
        ClassificationRun after = run(PolicyEngines.standard());

        RunDiff.Report report = diff(before, after, 100, 0);

        Set<String> expected = changedByEngine(before, after, PolicyEngines.standard(), PolicyEngines.standard());
        assertThat(expected).isNotEmpty().isSubsetOf(ClassificationFixtures.uscc(2), ClassificationFixtures.uscc(3));
        assertThat(usccs(report)).isEqualTo(expected);
        assertThat(report.rulesChanged()).isFalse();
        assertThat(report.compared()).isEqualTo(ClassificationFixtures.EMPLOYEES.size());
        for (RunDiff.Entry entry : report.entries()) {
            assertThat(entry.reasons()).containsExactly(RunDiff.Reason.INPUT_CHANGED);
            assertThat(entry.changes()).isNotEmpty();
            assertThat(entry.criteria()).isNotEmpty();
            assertThat(entry.name()).isNotBlank();
        }
        // the kinds of change count every change of every changed enterprise once
        int changes = report.entries().stream().mapToInt(e -> e.changes().size()).sum();
        assertThat(report.summary().stream().mapToInt(RunDiff.Transition::count).sum()).isEqualTo(changes);
        RunDiff.Transition first = report.summary().get(0);
        RunDiff.Report filtered = assessments.diff(before, after, 100, 0,
                new RunDiff.Filter(first.what(), first.from(), first.to()));
        assertThat(filtered.matching()).isEqualTo(first.count()).isEqualTo(filtered.entries().size());
        assertThat(filtered.changed()).isEqualTo(report.changed());
    }

    @Test
    void theDiffNamesExactlyTheEnterprisesChangedByAModifiedParameter() throws Exception {
        ClassificationRun before = run(PolicyEngines.standard());
        PolicyEngine changed = changedParameters();
        ClassificationRun after = run(changed);

        RunDiff.Report report = diff(before, after, 100, 0);

        Set<String> expected = changedByEngine(before, after, PolicyEngines.standard(), changed);
        assertThat(expected).isNotEmpty();
        assertThat(usccs(report)).isEqualTo(expected);
        assertThat(report.rulesChanged()).isTrue();
        for (RunDiff.Entry entry : report.entries()) {
            assertThat(entry.reasons()).isEqualTo(EnumSet.of(RunDiff.Reason.RULES_CHANGED));
            assertThat(entry.criteria()).extracting(RunDiff.CriterionChange::id).contains("TECH_SME.EMPLOYEES");
        }
    }

    @Test
    void theDiffIsReadOnePageAtATimeWithTheCountsOfTheWhole() throws Exception {
        ClassificationRun before = run(PolicyEngines.standard());
        ClassificationRun after = run(changedParameters());
        RunDiff.Report whole = diff(before, after, 100, 0);
        assertThat(whole.changed()).as("enough changes for two pages").isGreaterThanOrEqualTo(2);

        RunDiff.Report second = diff(before, after, 1, 1);

        assertThat(second.changed()).isEqualTo(whole.changed());
        assertThat(second.compared()).isEqualTo(whole.compared());
        assertThat(second.entries()).extracting(RunDiff.Entry::uscc).containsExactly(whole.entries().get(1).uscc());
        assertThat(diff(before, after, 1, whole.changed()).entries()).isEmpty();
    }

    private ClassificationRun run(PolicyEngine engine) throws InterruptedException {
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "tester", engine);
        ClassificationRun run = classification.awaitEnd(runId, Duration.ofMinutes(1));
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }

    private RunDiff.Report diff(ClassificationRun a, ClassificationRun b, int limit, int offset) {
        return assessments.diff(a, b, limit, offset, RunDiff.Filter.NONE);
    }

    private static Set<String> usccs(RunDiff.Report report) {
        return report.entries().stream().map(RunDiff.Entry::uscc).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Evaluates each run's stored inputs with the engine directly and compares tiers, outcomes and amounts. */
    private Set<String> changedByEngine(ClassificationRun a, ClassificationRun b, PolicyEngine engineA,
            PolicyEngine engineB) {
        Map<String, String> summaryA = summaries(a, engineA);
        Map<String, String> summaryB = summaries(b, engineB);
        return summaryA.keySet().stream().filter(uscc -> !summaryA.get(uscc).equals(summaryB.get(uscc)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, String> summaries(ClassificationRun run, PolicyEngine engine) {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (int i = 0; i < ClassificationFixtures.EMPLOYEES.size(); i++) {
            String uscc = ClassificationFixtures.uscc(i);
            EnterpriseProfile inputs = assessments.find(run.id(), uscc).orElseThrow().profile();
            Assessment assessment = engine.evaluate(YEAR, inputs);
            summaries.put(uscc, assessment.eligibleTier() + " "
                    + assessment.programmes().stream().map(ProgrammeResult::outcome).toList() + " "
                    + assessment.subsidies().stream().map(SubsidyResult::amount).map(x -> x == null ? "-" : x.stripTrailingZeros().toPlainString()).toList());
        }
        return summaries;
    }
}
