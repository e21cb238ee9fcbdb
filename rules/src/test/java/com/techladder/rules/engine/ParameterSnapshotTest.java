package com.techladder.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.node.DoubleNode;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run stores parameterSnapshot(); fromSnapshot replays it exactly, even after the parameter files changed. */
class ParameterSnapshotTest {

    /** A firm scoring exactly 60: eligible while the pass mark is 60. */
    static EnterpriseProfile sixtyPointFirm() {
        AccountingYear.Builder y = AccountingYear.builder(2024).employees(100).techStaff(25).revenue(new BigDecimal("5000"))
                .totalAssets(new BigDecimal("6000")).totalCost(new BigDecimal("4000")).rdExpense(new BigDecimal("150"))
                .ipClass1(0).ipClass2(4).auditedTaxMethod(true).restrictedIndustry(false).majorSafetyIncident(false)
                .majorQualityIncident(false).seriousEnvViolation(false).researchMisconduct(false).seriousFraud(false)
                .abnormalOperationList(false).seriousDishonestyList(false)
                // no direct path: an unreported one would leave a failing score for review rather than refusal
                .nationalAwardTop3(false).provincialRdInstitution(false).ledStandard(false);
        return new EnterpriseProfile("91350100M000100Y43", "六十分企业", "350104", false, LocalDate.of(2015, 1, 1),
                List.of(y.build(), y.fiscalYear(2023).build(), y.fiscalYear(2022).build()), List.of());
    }

    static ProgrammeResult techSme(Assessment a) {
        return a.programmes().stream().filter(p -> p.programme() == Programme.TECH_SME).findFirst().orElseThrow();
    }

    @Test
    void fromSnapshotReproducesAnOldRunAfterAParameterChange() {
        PolicyEngine before = PolicyEngines.standard();
        String snapshot = before.parameterSnapshot();
        Assessment then = before.evaluate(2025, sixtyPointFirm());
        assertThat(techSme(then).outcome()).isEqualTo(Outcome.ELIGIBLE);

        // the bureau raises the pass mark from 2025 on
        ParameterSet raised = ParameterFiles.load().withValue("tech_sme.pass_score", LocalDate.of(2025, 1, 1),
                DoubleNode.valueOf(65), "假设的新文件", Confidence.CONFIRMED);
        PolicyEngine after = PolicyEngines.of(raised);
        assertThat(after.rulesetVersion()).isNotEqualTo(before.rulesetVersion());
        assertThat(techSme(after.evaluate(2025, sixtyPointFirm())).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);

        PolicyEngine replay = PolicyEngines.fromSnapshot(snapshot);
        assertThat(replay.rulesetVersion()).isEqualTo(before.rulesetVersion());
        Assessment again = replay.evaluate(2025, sixtyPointFirm());
        assertThat(again).isEqualTo(then);
        assertThat(replay.parameterSnapshot()).isEqualTo(snapshot);
    }

    @Test
    void theVersionDependsOnTheValuesNotOnTheirSpelling() {
        ParameterSet set = ParameterFiles.load();
        assertThat(RulesetVersion.of(ParameterSet.fromJson(set.toJson()))).isEqualTo(PolicyEngines.standard().rulesetVersion());
        assertThat(PolicyEngines.standard().rulesetVersion()).matches("[0-9a-f]{12}");
    }

    @Test
    void aBrokenSnapshotIsRefusedWithAReason() {
        assertThatThrownBy(() -> PolicyEngines.fromSnapshot("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PolicyEngines.fromSnapshot("{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameters");
    }
}
