package com.techladder.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.node.DoubleNode;
import com.techladder.rules.result.Confidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Parameter files: every value dated and cited; a value is chosen by assessment year. */
class ParameterSetTest {

    private final ParameterSet standard = ParameterFiles.load();

    @Test
    void everyValueNamesItsSourceAndEveryParameterSaysWhatItIs() {
        assertThat(standard.parameters()).hasSizeGreaterThan(60);
        standard.parameters().values().forEach(p -> {
            assertThat(p.description()).as(p.key()).isNotBlank();
            p.values().forEach(v -> assertThat(v.source()).as(p.key()).isNotBlank());
        });
    }

    @Test
    void aMeasureDatedLateInAYearGovernsThatAssessmentYear() {
        assertThat(standard.forYear(2024).has("rd_growth_grant.rate")).isFalse();
        assertThat(standard.forYear(2025).number("rd_growth_grant.rate")).isEqualTo(0.06);
        assertThat(standard.forYear(2028).has("rd_growth_grant.rate")).isTrue();
        assertThat(standard.forYear(2029).has("rd_growth_grant.rate")).isFalse();
    }

    @Test
    void theLaterValueWinsWhereTwoOverlapAYear() {
        assertThat(standard.forYear(2021).text("tech_sme.wording")).isEqualTo("2017");
        assertThat(standard.forYear(2022).text("tech_sme.wording")).isEqualTo("2022");
        assertThat(standard.forYear(2024).confidence("rd_segmented_grant.segments")).isEqualTo(Confidence.CONFIRMED);
        assertThat(standard.forYear(2026).confidence("rd_segmented_grant.segments")).isEqualTo(Confidence.PROVISIONAL);
    }

    @Test
    void canonicalJsonReadsBackToTheSameValues() {
        ParameterSet again = ParameterSet.fromJson(standard.toJson());
        assertThat(again.toCanonicalJson()).isEqualTo(standard.toCanonicalJson());
        assertThat(again.forYear(2024).bands("tech_sme.staff_points").bandOf(0.299).pointsMax()).isEqualTo(16);
    }

    @Test
    void withValueEndsTheOldValueTheDayBefore() {
        ParameterSet changed = standard.withValue("tech_sme.pass_score", LocalDate.of(2025, 1, 1), DoubleNode.valueOf(65),
                "test", Confidence.PROVISIONAL);
        assertThat(changed.forYear(2024).number("tech_sme.pass_score")).isEqualTo(60);
        assertThat(changed.forYear(2025).number("tech_sme.pass_score")).isEqualTo(65);
        assertThat(changed.parameter("tech_sme.pass_score").values().get(0).effectiveTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(standard.forYear(2025).number("tech_sme.pass_score")).isEqualTo(60);
    }

    @Test
    void bandsAreFoundOnBothSidesOfABoundary() {
        BandTable growth = standard.forYear(2024).bands("national_hte.growth_points");
        assertThat(growth.bandOf(0.15).label()).isEqualTo("C");
        assertThat(growth.bandOf(0.1499999999999).label()).isEqualTo("C");
        assertThat(growth.bandOf(0.1499).label()).isEqualTo("D");
        assertThat(growth.bandOf(0.0).pointsMax()).isZero();
        assertThat(growth.bandOf(0.0001).label()).isEqualTo("E");
        assertThat(growth.nextAbove(0.36)).isNull();
    }
}
