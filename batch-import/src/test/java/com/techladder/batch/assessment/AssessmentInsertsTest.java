package com.techladder.batch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.classification.CanonicalProfile;
import com.techladder.batch.classification.SampleRegistry;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The append path stores every text exactly as written: on PostgreSQL the rows go through COPY's CSV with an unusual
 * quote character, so a name holding that character, a double quote, a comma or Chinese must come back unchanged.
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
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at) VALUES (?, 'FAILED', 'MANUAL', 'v', '{}', 't', now())",
                YEAR);
        long runId = jdbc.queryForObject("SELECT MAX(id) FROM classification_run", Long.class);

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
    }
}
