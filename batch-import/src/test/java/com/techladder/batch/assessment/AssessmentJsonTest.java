package com.techladder.batch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored result carries the assessment day and the reference days, and results stored before them still read. */
class AssessmentJsonTest {

    private static final EnterpriseProfile FIRM = new EnterpriseProfile("91350100M000100Y43", "某企业", "350104", false,
            LocalDate.of(2015, 1, 1), List.of(AccountingYear.builder(2024).employees(50).techStaff(10).build()), List.of());

    @Test
    void theStoredResultNamesTheAssessmentDayAndEveryReferenceDay() {
        Assessment a = PolicyEngines.standard().evaluate(2025, LocalDate.of(2025, 6, 15), FIRM);

        String json = AssessmentJson.result(a);

        assertThat(json).contains("\"assessmentDay\":\"2025-06-15\"", "\"referenceDay\":\"2025-06-15\"");
        Assessment read = AssessmentJson.parseResult(json);
        assertThat(read).isEqualTo(a);
        assertThat(read.programmes()).extracting(ProgrammeResult::referenceDay).doesNotContainNull();
    }

    @Test
    void aResultStoredBeforeTheDaysWereRecordedReadsWithoutThem() {
        Assessment a = PolicyEngines.standard().evaluate(2025, FIRM);
        String json = AssessmentJson.result(a).replaceAll(",?\"referenceDay\":\"[0-9-]+\"", "");
        assertThat(json).doesNotContain("referenceDay", "assessmentDay");

        Assessment read = AssessmentJson.parseResult(json);

        assertThat(read.assessmentDay()).isNull();
        assertThat(read.referenceDay()).isNull();
        assertThat(read.programmes()).extracting(ProgrammeResult::referenceDay).containsOnlyNulls();
        assertThat(read.eligibleTier()).isEqualTo(a.eligibleTier());
    }
}
