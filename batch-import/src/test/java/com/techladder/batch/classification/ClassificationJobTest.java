package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.text.Message;
import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.assessment.CriterionCatalog;
import com.techladder.batch.assessment.OpenCriteria;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.ProgrammeResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** classificationJob over the sample registry: counts, stored records, restart after a crash. */
@DatabaseSpecific
@SpringBootTest
class ClassificationJobTest {

    static final int YEAR = 2025;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static List<EnterpriseProfile> sample;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClassificationRuns classification;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    ClassificationLock lock;
    @Autowired
    WriterCrash crash;
    @Autowired
    CriterionCatalog catalog;

    @BeforeAll
    static void readSample() throws Exception {
        sample = SampleRegistry.profiles();
    }

    @BeforeEach
    void loadSample() {
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, sample);
    }

    @AfterEach
    void disarm() {
        crash.disarm();
    }

    @Test
    void aRunClassifiesEveryEnterpriseOnceWithTheTierCountsOfTheEngineCalledDirectly() throws Exception {
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "tester");
        ClassificationRun run = classification.awaitEnd(runId, TIMEOUT);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.total()).isEqualTo(sample.size());
        assertThat(run.processed()).isEqualTo(sample.size());
        assertThat(run.launchedBy()).isEqualTo("tester");
        assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(run.tierCounts()).isEqualTo(independentTierCounts());
        assertThat(run.withoutData()).isEqualTo((int) sample.stream()
                .filter(p -> p.years().stream().noneMatch(y -> y.fiscalYear() == YEAR - 1)).count());
        assertThat(run.tierCounts().values().stream().filter(n -> n > 0).count())
                .as("the sample reaches several tiers").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT uscc) FROM assessment WHERE run_id = ?", Integer.class, runId))
                .isEqualTo(sample.size());
    }

    @Test
    void everyRecordStoresItsInputsWithTheirHashAndTheFullResult() throws Exception {
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "tester");
        classification.awaitEnd(runId, TIMEOUT);
        EnterpriseProfile someone = sample.stream().filter(p -> p.years().size() == 3).findFirst().orElseThrow();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM assessment WHERE run_id = ? AND uscc = ?", runId,
                someone.uscc());
        String inputs = (String) row.get("inputs");
        assertThat(AssessmentJson.sha256(inputs)).isEqualTo(row.get("input_hash"));
        assertThat(AssessmentJson.parseInputs(inputs).years()).hasSize(3);
        Assessment stored = AssessmentJson.parseResult((String) row.get("result"));
        Assessment direct = PolicyEngines.standard().evaluate(YEAR, someone);
        assertThat(stored.programmes()).hasSize(4);
        assertThat(stored.eligibleTier()).isEqualTo(direct.eligibleTier());
        assertThat(stored.certifiedTier()).isEqualTo(direct.certifiedTier());
        assertThat(row.get("eligible_tier")).isEqualTo(direct.eligibleTier().name());
        // the lists' 暂定 mark (issue 10 point 7) read without parsing the result
        assertThat(row.get("eligible_tier_provisional")).isEqualTo(direct.eligibleTierProvisional());
        assertThat(row.get("ruleset_version")).isEqualTo(runs.find(runId).orElseThrow().rulesetVersion());
        // the pipeline's ranking column (issue 11): the 国家高企 criteria of the result not MET
        assertThat(((Number) row.get("national_hte_open_criteria")).intValue())
                .isEqualTo(OpenCriteria.ofNationalHte(direct))
                .isEqualTo((int) direct.programmes().stream().filter(p -> p.programme() == Programme.NATIONAL_HTE)
                        .flatMap(p -> p.criteria().stream()).filter(c -> c.result() != CriterionStatus.MET).count());
    }

    @Test
    void aRunAssessesOnItsLaunchDayReadsTheAssessmentYearsOwnRecordAndStoresTheReferenceDays() throws Exception {
        EnterpriseProfile someone = sample.stream()
                .filter(p -> p.year(YEAR - 1).isPresent() && p.year(YEAR).isEmpty()).findFirst().orElseThrow();
        List<AccountingYear> years = new ArrayList<>(someone.years());
        years.add(someone.year(YEAR - 1).orElseThrow().toBuilder().fiscalYear(YEAR).seriousFraud(true).build());
        EnterpriseProfile withCurrentYear = new EnterpriseProfile(someone.uscc(), someone.name(), someone.district(),
                someone.inHitechZone(), someone.establishedOn(), years, someone.certificates());
        List<EnterpriseProfile> registry = new ArrayList<>(sample);
        registry.set(registry.indexOf(someone), withCurrentYear);
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, registry);

        long runId = classification.start(YEAR, RunTrigger.MANUAL, "tester");
        ClassificationRun run = classification.awaitEnd(runId, TIMEOUT);

        LocalDate today = LocalDate.now();
        assertThat(run.assessmentDay()).isEqualTo(today);
        assertThat(jdbc.queryForObject("SELECT assessment_day FROM classification_run WHERE id = ?", LocalDate.class, runId))
                .isEqualTo(today);
        Map<String, Object> row = jdbc.queryForMap("SELECT inputs, result FROM assessment WHERE run_id = ? AND uscc = ?",
                runId, someone.uscc());
        EnterpriseProfile read = AssessmentJson.parseInputs((String) row.get("inputs"));
        assertThat(read.year(YEAR)).as("the assessment year's own record reaches the engine").isPresent();
        Assessment stored = AssessmentJson.parseResult(catalog.expand((String) row.get("result")));
        assertThat(stored.assessmentDay()).isEqualTo(today);
        Assessment direct = PolicyEngines.standard().evaluate(YEAR, today, read);
        assertThat(stored.referenceDay()).isEqualTo(direct.referenceDay()).isNotNull();
        assertThat(stored.programmes()).extracting(ProgrammeResult::referenceDay)
                .isEqualTo(direct.programmes().stream().map(ProgrammeResult::referenceDay).toList())
                .doesNotContainNull();
        // the 2025 windows close in September/October: a run launched later judges on their last days
        if (today.getYear() > YEAR) {
            assertThat(stored.referenceDay()).isEqualTo(LocalDate.of(YEAR, 9, 30));
            assertThat(stored.programmes().get(0).referenceDay()).isEqualTo(LocalDate.of(YEAR, 10, 31));
        }
        ProgrammeResult techSme = stored.programmes().get(0);
        assertThat(techSme.criteria()).filteredOn(c -> c.id().equals("TECH_SME.FRAUD"))
                .as("fraud on record for %d itself (67号 条件四 当年)", YEAR)
                .extracting(CriterionResult::result).containsExactly(CriterionStatus.NOT_MET);
    }

    @Test
    void aRunThatCrashedMidwayRestartsWithNoEnterpriseMissingOrDoubled() throws Exception {
        crash.armAfter(1);
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "tester");
        ClassificationRun failed = classification.awaitEnd(runId, TIMEOUT);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.message()).contains("simulated crash");
        int writtenBeforeCrash = count(runId);
        assertThat(writtenBeforeCrash).isGreaterThan(0).isLessThan(sample.size());
        assertThat(failed.processed()).as("progress counts committed chunks only").isEqualTo(writtenBeforeCrash);

        crash.disarm();
        classification.restart(runId);
        ClassificationRun restarted = classification.awaitEnd(runId, TIMEOUT);

        assertThat(restarted.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(count(runId)).isEqualTo(sample.size());
        Set<String> written = Set.copyOf(jdbc.queryForList("SELECT uscc FROM assessment WHERE run_id = ?", String.class, runId));
        assertThat(written).isEqualTo(sample.stream().map(EnterpriseProfile::uscc).collect(Collectors.toSet()));
        assertThat(restarted.tierCounts()).isEqualTo(independentTierCounts());
    }

    @Test
    void aRestartAfterAnImportChangedTheRegistryIsRefusedWithTheReason() throws Exception {
        crash.armAfter(1);
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "tester");
        assertThat(classification.awaitEnd(runId, TIMEOUT).status()).isEqualTo(RunStatus.FAILED);
        crash.disarm();
        int written = count(runId);
        // what a merge that changed the registry does, under the merge lock
        jdbc.update("UPDATE import_merge_lock SET registry_version = registry_version + 1 WHERE id = 1");

        assertThatThrownBy(() -> classification.restart(runId))
                .isInstanceOf(RestartRefusedException.class)
                .extracting(e -> ((RestartRefusedException) e).text())
                .isEqualTo(Message.of("run.text.restartRegistryChanged", runId, 1));

        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(count(runId)).as("nothing written by a refused restart").isEqualTo(written);
        assertThat(lock.runningRun()).isEmpty();
        assertThat(lock.tryAcquire("next")).as("the lock was not taken").isTrue();
        lock.release("next");
    }

    @Test
    void aSecondLaunchWhileARunHoldsTheLockIsRefused() throws Exception {
        assertThat(lock.tryAcquire("another instance")).isTrue();

        assertThatThrownBy(() -> classification.start(YEAR, RunTrigger.MANUAL, "tester"))
                .isInstanceOf(RunInProgressException.class);
        assertThat(runs.list(YEAR, 10)).isEmpty();

        lock.release("another instance");
        long runId = classification.start(YEAR, RunTrigger.NIGHTLY, "system");
        assertThat(classification.awaitEnd(runId, TIMEOUT).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void twoLaunchersRacingStartExactlyOneRunAndTheOtherIsRefused() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Long> launch = () -> {
                start.await();
                try {
                    return classification.start(YEAR, RunTrigger.MANUAL, "tester");
                } catch (RunInProgressException refused) {
                    return null;
                }
            };
            Future<Long> first = threads.submit(launch);
            Future<Long> second = threads.submit(launch);
            List<Long> started = new ArrayList<>();
            for (Future<Long> attempt : List.of(first, second)) {
                if (attempt.get() != null) {
                    started.add(attempt.get());
                }
            }
            assertThat(started).hasSize(1);
            assertThat(classification.awaitEnd(started.get(0), TIMEOUT).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(runs.list(YEAR, 10)).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private int count(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE run_id = ?", Integer.class, runId);
    }

    /** The engine called directly on the profiles parsed from the files, not read back from the database. */
    private static Map<Tier, Integer> independentTierCounts() {
        PolicyEngine engine = PolicyEngines.standard();
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0);
        }
        for (Assessment a : engine.evaluateAll(YEAR, sample)) {
            counts.merge(a.eligibleTier(), 1, Integer::sum);
        }
        return counts;
    }
}
