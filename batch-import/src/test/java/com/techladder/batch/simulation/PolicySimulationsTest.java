package com.techladder.batch.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.classification.SampleRegistry;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import com.techladder.sampledata.SampleDataGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.DoubleNode;

/**
 * Simulations over the sample registry in the database, checked against the engines called directly on the sample's
 * own profiles (parsed from its files, the independent side): transition counts, subsidy costs, the pipeline, the
 * changes with their criterion; the filter; a forecast's figures moved forward; a dead instance's simulation failed.
 */
@DatabaseSpecific
@SpringBootTest
class PolicySimulationsTest {

    private static final int YEAR = SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR + 1;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final ParameterSet BASELINE = ParameterFiles.load();
    /** Tighter 高企 staff ratio and 科小 pass score, so outcomes change both ways of reading them. */
    private static final ParameterSet DRAFT = BASELINE
            .withValue("national_hte.min_staff_ratio", LocalDate.of(YEAR, 1, 1), DoubleNode.valueOf(0.3),
                    "测试草案", Confidence.CONFIRMED)
            .withValue("tech_sme.pass_score", LocalDate.of(YEAR, 1, 1), DoubleNode.valueOf(70), "测试草案",
                    Confidence.CONFIRMED);

    static List<EnterpriseProfile> sample;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PolicySimulations simulations;

    @BeforeAll
    static void readSample() throws Exception {
        sample = SampleRegistry.profiles();
    }

    @BeforeEach
    void loadSample() {
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, sample);
        jdbc.update("DELETE FROM policy_simulation");
    }

    @Test
    void theFiguresAreThoseOfTheEnginesCalledDirectlyOnEveryEnterprise() throws Exception {
        long id = simulations.simulate(7L, BASELINE, DRAFT, YEAR, SimulationFilter.NONE, "officer");
        Simulation s = simulations.awaitEnd(id, TIMEOUT);

        assertThat(s.status()).as(s.failure()).isEqualTo(SimulationStatus.COMPLETED);
        assertThat(s.draftId()).isEqualTo(7L);
        assertThat(s.requestedBy()).isEqualTo("officer");
        assertThat(s.baselineVersion()).isEqualTo(PolicyEngines.of(BASELINE).rulesetVersion())
                .isNotEqualTo(s.draftVersion());
        assertThat(s.done()).isEqualTo(sample.size());
        assertThat(s.compared()).isEqualTo(sample.size());
        assertThat(s.progressPercent()).isEqualTo(100);

        Expected expected = new Expected(sample, BASELINE, DRAFT);
        assertThat(s.transitions()).containsExactlyInAnyOrderElementsOf(expected.transitions);
        assertThat(s.transitions()).anyMatch(t -> t.from() != t.to() && t.programme() == Programme.NATIONAL_HTE)
                .anyMatch(t -> t.from() != t.to() && t.programme() == Programme.TECH_SME);
        for (SubsidyProgramme subsidy : SubsidyProgramme.values()) {
            assertThat(sum(s.subsidies(), subsidy, true)).as(subsidy.name())
                    .isEqualByComparingTo(expected.costBefore.getOrDefault(subsidy, BigDecimal.ZERO));
            assertThat(sum(s.subsidies(), subsidy, false)).as(subsidy.name())
                    .isEqualByComparingTo(expected.costAfter.getOrDefault(subsidy, BigDecimal.ZERO));
        }
        assertThat(s.pipelineBefore()).isEqualTo(expected.pipeline[0]).isGreaterThan(s.pipelineAfter());
        assertThat(s.pipelineAfter()).isEqualTo(expected.pipeline[1]);
        assertThat(s.changedEnterprises()).isEqualTo(expected.changedEnterprises);
        assertThat(simulations.countChanges(id)).isEqualTo(expected.changedItems);
    }

    @Test
    void eachChangeNamesTheCriterionThatMadeItAndPagesInOrder() throws Exception {
        long id = simulations.simulate(7L, BASELINE, DRAFT, YEAR, SimulationFilter.NONE, "officer");
        simulations.awaitEnd(id, TIMEOUT);

        List<ChangedItem> first = simulations.changes(id, 0, 20);
        List<ChangedItem> second = simulations.changes(id, 20, 20);
        assertThat(first).hasSize(20);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        List<ChangedItem> all = simulations.changes(id, 0, 100_000);
        assertThat(all.stream().filter(c -> c.kind() == ChangedItem.Kind.PROGRAMME && c.item().equals("NATIONAL_HTE")))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.before()).isNotEqualTo(c.after());
                    assertThat(c.criterion()).isNotNull();
                });
        // the staff ratio is the only 高企 criterion the draft touches: where an outcome fell on it, it is named
        assertThat(all).anyMatch(c -> "NATIONAL_HTE".equals(c.item()) && c.criterion().contains("STAFF"));
        assertThat(all).anyMatch(c -> "TECH_SME".equals(c.item()) && c.criterion().startsWith("TECH_SME"));
    }

    @Test
    void theSameParametersChangeNothing() throws Exception {
        Simulation s = simulations.awaitEnd(simulations.simulate(1L, BASELINE, BASELINE, YEAR, SimulationFilter.NONE,
                "officer"), TIMEOUT);

        assertThat(s.transitions()).allMatch(t -> t.from() == t.to());
        assertThat(s.subsidies()).allMatch(c -> c.difference().signum() == 0);
        assertThat(s.changedEnterprises()).isZero();
        assertThat(simulations.countChanges(s.id())).isZero();
    }

    @Test
    void aFilterComparesOnlyItsDistrictAndProgramme() throws Exception {
        String district = sample.get(0).district();
        List<EnterpriseProfile> inDistrict = sample.stream().filter(p -> district.equals(p.district())).toList();
        Simulation s = simulations.awaitEnd(simulations.simulate(7L, BASELINE, DRAFT, YEAR,
                new SimulationFilter(district, Programme.NATIONAL_HTE, null), "officer"), TIMEOUT);

        assertThat(s.done()).isEqualTo(sample.size());
        assertThat(s.compared()).isEqualTo(inDistrict.size()).isLessThan(sample.size());
        assertThat(s.filter()).isEqualTo(new SimulationFilter(district, Programme.NATIONAL_HTE, null));
        assertThat(s.transitions()).allMatch(t -> t.programme() == Programme.NATIONAL_HTE);
        assertThat(s.transitions().stream().mapToInt(Transition::count).sum()).isEqualTo(inDistrict.size());
        assertThat(s.subsidies()).allMatch(c -> c.district().equals(district));
        assertThat(simulations.changes(s.id(), 0, 100_000))
                .allMatch(c -> c.district().equals(district))
                .noneMatch(c -> "TECH_SME".equals(c.item()));
    }

    @Test
    void aForecastCarriesTheLatestFiguresForwardToNextYear() throws Exception {
        int year = YEAR + 2;
        Simulation s = simulations.awaitEnd(simulations.forecast(BASELINE, year, "officer"), TIMEOUT);

        assertThat(s.status()).as(s.failure()).isEqualTo(SimulationStatus.COMPLETED);
        assertThat(s.kind()).isEqualTo(SimulationKind.BUDGET_FORECAST);
        assertThat(s.figuresYear()).isEqualTo(YEAR - 1);
        assertThat(s.assessmentYear()).isEqualTo(year);
        PolicyEngine engine = PolicyEngines.of(BASELINE);
        Map<SubsidyProgramme, BigDecimal> expected = new EnumMap<>(SubsidyProgramme.class);
        for (Assessment a : engine.evaluateAll(year,
                sample.stream().map(p -> SimulationRun.shifted(p, 2)).toList())) {
            for (SubsidyResult r : a.subsidies()) {
                expected.merge(r.programme(), r.eligible() ? r.amount() : BigDecimal.ZERO, BigDecimal::add);
            }
        }
        for (SubsidyProgramme subsidy : expected.keySet()) {
            assertThat(sum(s.subsidies(), subsidy, true)).as(subsidy.name())
                    .isEqualByComparingTo(expected.get(subsidy).setScale(2, RoundingMode.HALF_UP));
        }
        assertThat(s.subsidies()).allMatch(c -> c.difference().signum() == 0);
        assertThat(s.subsidies().stream().map(SubsidyCost::baseline).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isPositive();
    }

    @Test
    void aSimulationWhoseInstanceStoppedBeatingIsFailedByAnyLiveInstance() {
        LocalDateTime long_ago = LocalDateTime.now().minus(PolicySimulations.LEASE).minusSeconds(5);
        jdbc.update("INSERT INTO policy_simulation (kind, draft_id, baseline_version, draft_version, assessment_year,"
                + " requested_by, requested_at, status, heartbeat_at) VALUES ('SIMULATION', 3, 'a', 'b', ?, 'x', ?,"
                + " 'RUNNING', ?)", YEAR, Timestamp.valueOf(long_ago), Timestamp.valueOf(long_ago));
        jdbc.update("INSERT INTO policy_simulation (kind, draft_id, baseline_version, draft_version, assessment_year,"
                + " requested_by, requested_at, status, heartbeat_at) VALUES ('SIMULATION', 4, 'a', 'b', ?, 'x', ?,"
                + " 'RUNNING', ?)", YEAR, Timestamp.valueOf(LocalDateTime.now()), Timestamp.valueOf(LocalDateTime.now()));

        simulations.beat();

        assertThat(jdbc.queryForList("SELECT draft_id, status, failure FROM policy_simulation ORDER BY draft_id"))
                .extracting(r -> r.get("STATUS") + ":" + r.get("FAILURE"))
                .containsExactly("FAILED:" + PolicySimulations.DEAD, "RUNNING:null");
    }

    private static BigDecimal sum(List<SubsidyCost> costs, SubsidyProgramme subsidy, boolean baseline) {
        return costs.stream().filter(c -> c.subsidy() == subsidy).map(baseline ? SubsidyCost::baseline : SubsidyCost::draft)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the engines say when called directly on the sample's profiles. */
    private static final class Expected {
        final List<Transition> transitions;
        final Map<SubsidyProgramme, BigDecimal> costBefore = new EnumMap<>(SubsidyProgramme.class);
        final Map<SubsidyProgramme, BigDecimal> costAfter = new EnumMap<>(SubsidyProgramme.class);
        final int[] pipeline = new int[2];
        int changedEnterprises;
        int changedItems;

        Expected(List<EnterpriseProfile> profiles, ParameterSet baseline, ParameterSet draft) {
            List<Assessment> before = PolicyEngines.of(baseline).evaluateAll(YEAR, profiles);
            List<Assessment> after = PolicyEngines.of(draft).evaluateAll(YEAR, profiles);
            Map<String, Integer> cells = new HashMap<>();
            for (int i = 0; i < profiles.size(); i++) {
                int items = 0;
                for (int p = 0; p < before.get(i).programmes().size(); p++) {
                    ProgrammeResult b = before.get(i).programmes().get(p);
                    ProgrammeResult a = after.get(i).programmes().get(p);
                    cells.merge(b.programme() + "|" + b.outcome() + "|" + a.outcome(), 1, Integer::sum);
                    items += b.outcome() == a.outcome() ? 0 : 1;
                }
                for (int k = 0; k < before.get(i).subsidies().size(); k++) {
                    SubsidyResult b = before.get(i).subsidies().get(k);
                    SubsidyResult a = after.get(i).subsidies().get(k);
                    BigDecimal x = b.eligible() ? b.amount() : BigDecimal.ZERO;
                    BigDecimal y = a.eligible() ? a.amount() : BigDecimal.ZERO;
                    costBefore.merge(b.programme(), x, BigDecimal::add);
                    costAfter.merge(a.programme(), y, BigDecimal::add);
                    items += x.compareTo(y) == 0 ? 0 : 1;
                }
                pipeline[0] += pipeline(before.get(i));
                pipeline[1] += pipeline(after.get(i));
                changedItems += items;
                changedEnterprises += items > 0 ? 1 : 0;
            }
            transitions = cells.entrySet().stream().map(e -> {
                String[] k = e.getKey().split("\\|");
                return new Transition(Programme.valueOf(k[0]), Outcome.valueOf(k[1]), Outcome.valueOf(k[2]),
                        e.getValue());
            }).toList();
            costBefore.replaceAll((k, v) -> v.setScale(2, RoundingMode.HALF_UP));
            costAfter.replaceAll((k, v) -> v.setScale(2, RoundingMode.HALF_UP));
        }

        private static int pipeline(Assessment a) {
            return a.certifiedTier() != com.techladder.rules.model.Tier.NATIONAL_HTE
                    && a.programmes().get(Programme.NATIONAL_HTE.ordinal()).outcome() == Outcome.ELIGIBLE ? 1 : 0;
        }
    }
}
