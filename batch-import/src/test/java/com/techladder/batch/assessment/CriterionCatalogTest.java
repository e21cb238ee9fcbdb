package com.techladder.batch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.classification.SampleRegistry;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Stored results keep criteria texts by reference and give back exactly the full result. */
@DatabaseSpecific
@SpringBootTest
class CriterionCatalogTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCompactResultExpandsToExactlyTheFullResultAndIsLessThanHalfItsSize() throws Exception {
        List<EnterpriseProfile> sample = SampleRegistry.profiles();
        List<Assessment> assessments = PolicyEngines.standard().evaluateAll(2025, sample);
        List<String> compact = new CriterionCatalog(jdbc, transactions).compactAll(assessments);
        // a fresh catalog knows nothing in memory: it must read the texts back from the database
        CriterionCatalog reader = new CriterionCatalog(jdbc, transactions);

        long fullSize = 0;
        long compactSize = 0;
        for (int i = 0; i < assessments.size(); i++) {
            String full = AssessmentJson.result(assessments.get(i));
            assertThat(reader.expand(compact.get(i))).isEqualTo(full);
            fullSize += full.length();
            compactSize += compact.get(i).length();
        }
        assertThat(compactSize).isLessThan(fullSize / 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_text", Integer.class)).isPositive();
    }

    @Test
    void storingTheSameTextsTwiceAddsNothing() throws Exception {
        List<Assessment> assessments = PolicyEngines.standard().evaluateAll(2025, SampleRegistry.profiles().subList(0, 50));
        new CriterionCatalog(jdbc, transactions).compactAll(assessments);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM criterion_text", Integer.class);
        new CriterionCatalog(jdbc, transactions).compactAll(assessments);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_text", Integer.class)).isEqualTo(before);
    }
}
