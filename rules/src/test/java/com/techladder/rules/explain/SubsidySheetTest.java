package com.techladder.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.result.Rendered;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A subsidy's explanation is its catalogue entries' texts, filled with what the rule found, made when read. */
class SubsidySheetTest {

    private static YearCriteria year(int year) {
        return new YearCriteria(CriterionCatalogue.standard(), ParameterFiles.load().forYear(year));
    }

    @Test
    void aThresholdNotMetIsExplainedWithTheValueAndTheLimitAndOneMetIsNot() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.RD_GROWTH_GRANT, year(2026));
        assertThat(s.check(SubsidyCriterion.RD_GROWTH_GRANT_RD_EXPENSE, 350.0)).isTrue();
        assertThat(s.check(SubsidyCriterion.RD_GROWTH_GRANT_GROWTH, 80.0)).isFalse();
        SubsidyResult r = s.toResult().render();
        assertThat(r.basis()).isEqualTo("研发经费增长 80 万元，须不低于 100 万元");
        assertThat(r.basisEn()).isEqualTo("R&D growth 80 ×10k CNY, at least 100 ×10k CNY needed");
        assertThat(r.eligible()).isFalse();
    }

    @Test
    void theLimitIsComparedExactlyAsTheSubsidiesAlwaysWere() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.RD_GROWTH_GRANT, year(2026));
        // 1e-10 short of 100: the criteria's tolerance would let it pass, the subsidy does not
        assertThat(s.check(SubsidyCriterion.RD_GROWTH_GRANT_GROWTH, 100 - 1e-10)).isFalse();
        assertThat(s.check(SubsidyCriterion.RD_GROWTH_GRANT_RD_EXPENSE, 200.0)).isFalse();
    }

    @Test
    void anAwardPaysItsParametersValueCitingItsSourceAndStepsJoinAsTheFileSays() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.HTE_RECOGNITION_REWARD, year(2024));
        double city = s.award(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_DIRECT);
        double zone = s.award(SubsidyCriterion.HTE_RECOGNITION_REWARD_ZONE_FIRST_BELOW_SCALE);
        s.grant(city + zone);
        SubsidyResult r = s.toResult().render();
        assertThat(r.amount()).isEqualByComparingTo(new BigDecimal("35"));
        assertThat(r.basis()).isEqualTo("福州市直接认定 20 万元 (《福州市关于进一步加强高新技术企业培育工作的若干措施》(重新认定或直接认定的国高 20万元/家))"
                + "；福州高新区首次认定(规下) 15 万元 (福州高新区《关于加快高新技术企业培育发展的六条措施》)");
        assertThat(r.basisEn()).isEqualTo("Fuzhou city, first recognition: 20 ×10k CNY; Fuzhou high-tech zone: 15 ×10k CNY");
    }

    @Test
    void partsOfAGrantAddUpAndAreExplainedCityFirstWhicheverRuleFiresFirst() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.HTE_RECOGNITION_REWARD, year(2024));
        s.awardPart(SubsidyCriterion.HTE_RECOGNITION_REWARD_ZONE_FIRST_ABOVE_SCALE);
        s.awardPart(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_POOL_EXIT);
        SubsidyResult r = s.toResult().render();
        assertThat(r.eligible()).isTrue();
        assertThat(r.amount()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(r.basisEn()).isEqualTo("Fuzhou city, first recognition: 20 ×10k CNY; Fuzhou high-tech zone: 30 ×10k CNY");
        assertThat(r.basis()).startsWith("福州市新认定 (省高企出库，按省出库标准配套) 20 万元");
    }

    @Test
    void theCityMatchesTheProvincialRewardsUntil2025AndPaysByScaleFrom2026NeverBoth() {
        // the rules of the matching period do not ask for the 规上 flag, those from 2026 pay 规上 or 规下: they rely on it
        for (int y = 2018; y <= 2035; y++) {
            YearCriteria c = year(y);
            assertThat(c.applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_MATCHING)
                    && c.applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_FIRST_BELOW_SCALE)).as("both in %d", y).isFalse();
            assertThat(c.applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_FIRST))
                    .as("规上 and 规下 amounts together in %d", y)
                    .isEqualTo(c.applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_FIRST_BELOW_SCALE));
        }
        assertThat(year(2025).applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_MATCHING)).isTrue();
        assertThat(year(2026).applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_FIRST_BELOW_SCALE)).isTrue();
    }

    @Test
    void anUndeterminedSubsidyPaysNothingAndSaysWhatIsMissing() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.RD_SEGMENTED_GRANT, year(2024));
        s.grant(40);
        s.undetermined(SubsidyCriterion.RD_SEGMENTED_GRANT_SCALE_UNREPORTED);
        SubsidyResult r = s.toResult().render();
        assertThat(r.undetermined()).isTrue();
        assertThat(r.eligible()).isFalse();
        assertThat(r.basis()).startsWith("待核实: 是否规模以上企业未填报");
        assertThat(r.basisEn()).startsWith("To verify: ");
    }

    @Test
    void theExplanationIsMadeOnlyWhenTheResultIsRead() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.RD_GROWTH_GRANT, year(2026));
        s.explain(SubsidyCriterion.RD_GROWTH_GRANT_SOURCE);
        Rendered.Later<SubsidyResult> later = s.toResult();
        assertThat(later).isNotInstanceOf(SubsidyResult.class);
        assertThat(later.render().basis()).startsWith("闽政办 2025-09-25");
        assertThat(later.render().basisEn()).isEqualTo("source as cited");
    }

    @Test
    void anEntryOfAnotherSubsidyIsRefused() {
        SubsidySheet s = new SubsidySheet(SubsidyProgramme.RD_GROWTH_GRANT, year(2026));
        assertThatThrownBy(() -> s.explain(SubsidyCriterion.RD_SEGMENTED_GRANT_BASE, 1.0, 1.0))
                .hasMessageContaining("RD_SEGMENTED_GRANT_BASE is no entry of RD_GROWTH_GRANT");
    }

    @Test
    void aSubsidyEntryAppliesInTheYearsItsParameterHasAValue() {
        assertThat(year(2024).applies(SubsidyCriterion.RD_SEGMENTED_GRANT_BASE)).isTrue();
        assertThat(year(2024).applies(SubsidyCriterion.RD_GROWTH_GRANT_AMOUNT)).isFalse();
        assertThat(year(2026).applies(SubsidyCriterion.RD_GROWTH_GRANT_AMOUNT)).isTrue();
        assertThat(new SubsidySheet(SubsidyProgramme.HTE_RECOGNITION_REWARD, year(2026))
                .applies(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_MATCHING)).isFalse();
    }
}
