package com.techladder.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The batch API: many enterprises per pass, results in input order, the same from any thread. */
class BatchEvaluationTest {

    private final PolicyEngine engine = PolicyEngines.standard();

    private static List<EnterpriseProfile> firms(int n) {
        List<EnterpriseProfile> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AccountingYear.Builder y = AccountingYear.builder(2025).employees(50 + i).techStaff(i % 40)
                    .revenue(BigDecimal.valueOf(1000 + 37L * i)).totalAssets(BigDecimal.valueOf(900 + i))
                    .rdExpense(BigDecimal.valueOf(10 + i % 90)).ipClass1(i % 3 == 0 ? 1 : 0).ipClass2(i % 6);
            list.add(new EnterpriseProfile("ID" + i, "企业" + i, "350102", i % 2 == 0, LocalDate.of(2010 + i % 14, 3, 1),
                    List.of(y.build(), y.fiscalYear(2024).build(), y.fiscalYear(2023).build()), List.of()));
        }
        return list;
    }

    @Test
    void resultsComeBackInInputOrderWithEveryProgrammeInTheContractOrder() {
        List<EnterpriseProfile> input = firms(300);
        List<Assessment> out = engine.evaluateAll(2026, input);
        assertThat(out).hasSize(300);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).uscc()).isEqualTo("ID" + i);
            assertThat(out.get(i).assessmentYear()).isEqualTo(2026);
            assertThat(out.get(i).rulesetVersion()).isEqualTo(engine.rulesetVersion());
            assertThat(out.get(i).programmes()).extracting(ProgrammeResult::programme).containsExactly(
                    Programme.TECH_SME, Programme.PROVINCIAL_HTE, Programme.NATIONAL_HTE, Programme.LITTLE_GIANT);
        }
        assertThat(out.get(0).subsidies()).extracting(SubsidyResult::programme).containsExactly(
                SubsidyProgramme.RD_SEGMENTED_GRANT, SubsidyProgramme.RD_GROWTH_GRANT,
                SubsidyProgramme.LITTLE_GIANT_REWARD, SubsidyProgramme.HTE_RECOGNITION_REWARD);
    }

    @Test
    void aBatchGivesWhatOneByOneGives() {
        List<EnterpriseProfile> input = firms(40);
        List<Assessment> batch = engine.evaluateAll(2026, input);
        for (int i = 0; i < input.size(); i++) {
            assertThat(engine.evaluate(2026, input.get(i))).isEqualTo(batch.get(i));
        }
    }

    @Test
    void twoThreadsSharingOneEngineGetTheSameAnswers() throws Exception {
        List<EnterpriseProfile> input = firms(500);
        List<Assessment> expected = engine.evaluateAll(2025, input);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Assessment>>> jobs = List.of(() -> engine.evaluateAll(2025, input),
                    () -> engine.evaluateAll(2025, input), () -> engine.evaluateAll(2025, input));
            for (Future<List<Assessment>> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anEmptyBatchIsAnEmptyResult() {
        assertThat(engine.evaluateAll(2025, List.of())).isEmpty();
    }
}
