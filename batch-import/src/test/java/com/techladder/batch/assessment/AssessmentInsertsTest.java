package com.techladder.batch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.classification.CanonicalProfile;
import com.techladder.batch.classification.SampleRegistry;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The append path stores every value exactly as given: on PostgreSQL the rows go through COPY's binary format, each
 * value in its column type's binary form, so texts (a name with quotes, commas, control characters, Chinese), numbers,
 * amounts and flags must come back unchanged.
 */
@DatabaseSpecific
@SpringBootTest
class AssessmentInsertsTest {

    private static final int YEAR = 2025;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Assessments assessments;
    @Autowired
    CriterionCatalog catalog;

    @Test
    void anAppendedRecordKeepsItsTextsInputsHashAndResultExactly() throws Exception {
        SampleRegistry.clear(jdbc);
        EnterpriseProfile sample = SampleRegistry.profiles().stream().filter(p -> p.years().size() == 3)
                .findFirst().orElseThrow();
        String name = "福州\"引号\"科技, 有限 \u0001 公司";
        EnterpriseProfile odd = CanonicalProfile.of(new EnterpriseProfile(sample.uscc(), name, sample.district(),
                sample.inHitechZone(), sample.establishedOn(), sample.years(), sample.certificates()));
        Assessment assessment = PolicyEngines.standard().evaluate(YEAR, odd);
        long runId = newRun();

        assessments.append(runId, List.of(odd), List.of(assessment));

        Map<String, Object> row = jdbc.queryForMap("SELECT name, inputs, input_hash, result, eligible_tier"
                + " FROM assessment WHERE run_id = ?", runId);
        String inputs = AssessmentJson.inputs(odd);
        assertThat(row.get("name")).isEqualTo(name);
        assertThat(row.get("inputs")).isEqualTo(inputs);
        assertThat(AssessmentJson.parseInputs(inputs).name()).isEqualTo(name);
        assertThat(row.get("input_hash")).isEqualTo(AssessmentJson.sha256(inputs));
        assertThat(row.get("result")).isEqualTo(catalog.compactAll(List.of(assessment)).get(0));
        assertThat(catalog.expand((String) row.get("result"))).isEqualTo(AssessmentJson.result(assessment));
        assertThat(row.get("eligible_tier")).isEqualTo(assessment.eligibleTier().name());
        AssessmentRow written = AssessmentRow.of(runId, odd, assessment, catalog.compactAllUtf8(List.of(assessment)).get(0));
        assertThat(queryColumns(runId)).isEqualTo(List.of(runId, written.uscc(), written.district(),
                written.assessmentYear(), written.rulesetVersion(), written.certifiedTier(), written.techSmeOutcome(),
                String.valueOf(written.techSmeScore()), written.provincialHteOutcome(), written.nationalHteOutcome(),
                written.nationalHteScoreMin() + ".." + written.nationalHteScoreMax(),
                String.valueOf(written.nationalHteOpenCriteria()), written.littleGiantOutcome(),
                amounts(written.rdSegmentedGrant(), written.rdGrowthGrant(), written.littleGiantReward(),
                        written.hteRecognitionReward()), written.eligibleTierProvisional()));
    }

    @Test
    void everyEnterprisesAmountsComeBackAsTheSameNumbers() throws Exception {
        SampleRegistry.clear(jdbc);
        List<EnterpriseProfile> profiles = SampleRegistry.profiles();
        List<Assessment> results = PolicyEngines.standard().evaluateAll(YEAR, LocalDate.of(YEAR, 6, 1), profiles);
        long runId = newRun();

        assessments.append(runId, profiles, results);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            AssessmentRow row = AssessmentRow.of(runId, profiles.get(i), results.get(i), new byte[0]);
            expected.add(row.uscc() + " " + amounts(row.rdSegmentedGrant(), row.rdGrowthGrant(),
                    row.littleGiantReward(), row.hteRecognitionReward()));
        }
        assertThat(expected).anyMatch(e -> !e.endsWith("null null null null"));
        assertThat(jdbc.query("SELECT uscc, rd_segmented_grant, rd_growth_grant, little_giant_reward,"
                + " hte_recognition_reward FROM assessment WHERE run_id = ?", (rs, i) -> rs.getString(1) + " "
                + amounts(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)), runId))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private long newRun() {
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at) VALUES (?, 'FAILED', 'MANUAL', 'v', '{}', 't', now())",
                YEAR);
        return jdbc.queryForObject("SELECT MAX(id) FROM classification_run", Long.class);
    }

    private List<Object> queryColumns(long runId) {
        return jdbc.queryForObject("SELECT * FROM assessment WHERE run_id = ?", (rs, i) -> List.of(rs.getLong("run_id"),
                rs.getString("uscc"), rs.getString("district"), rs.getInt("assessment_year"),
                rs.getString("ruleset_version"), rs.getString("certified_tier"), rs.getString("tech_sme_outcome"),
                String.valueOf(rs.getObject("tech_sme_score", Integer.class)), rs.getString("provincial_hte_outcome"),
                rs.getString("national_hte_outcome"), rs.getObject("national_hte_score_min", Integer.class) + ".."
                        + rs.getObject("national_hte_score_max", Integer.class),
                String.valueOf(rs.getObject("national_hte_open_criteria", Integer.class)),
                rs.getString("little_giant_outcome"), amounts(rs.getBigDecimal("rd_segmented_grant"),
                        rs.getBigDecimal("rd_growth_grant"), rs.getBigDecimal("little_giant_reward"),
                        rs.getBigDecimal("hte_recognition_reward")), rs.getBoolean("eligible_tier_provisional")),
                runId);
    }

    /** Amounts as numbers (the column's scale of four is the store's, not the value's), null as null. */
    private static String amounts(BigDecimal... amounts) {
        return Arrays.stream(amounts).map(a -> a == null ? "null" : a.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" "));
    }
}
