package com.techladder.batch.assessment;

import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;

/**
 * One immutable row of {@code assessment}: the stored inputs and result of one enterprise in one run, with the query
 * columns exports and the doubling plan read without parsing JSON. The two JSON texts are kept as the UTF-8 bytes
 * Jackson wrote, which is what COPY sends: a 10 KB text per row as a String cost a UTF-16 copy, a quote-doubling copy
 * and an encoding pass more (issue 12, docs/performance.md).
 */
record AssessmentRow(
        long runId,
        String uscc,
        String name,
        String district,
        int assessmentYear,
        String rulesetVersion,
        String inputHash,
        byte[] inputs,
        byte[] result,
        String eligibleTier,
        String certifiedTier,
        String techSmeOutcome,
        Integer techSmeScore,
        String provincialHteOutcome,
        String nationalHteOutcome,
        Integer nationalHteScoreMin,
        Integer nationalHteScoreMax,
        Integer nationalHteOpenCriteria,
        String littleGiantOutcome,
        BigDecimal rdSegmentedGrant,
        BigDecimal rdGrowthGrant,
        BigDecimal littleGiantReward,
        BigDecimal hteRecognitionReward,
        boolean eligibleTierProvisional) {

    static AssessmentRow of(long runId, EnterpriseProfile profile, Assessment assessment, byte[] compactResult) {
        byte[] inputs = AssessmentJson.inputsUtf8(profile);
        ProgrammeResult techSme = programme(assessment, Programme.TECH_SME);
        ProgrammeResult nationalHte = programme(assessment, Programme.NATIONAL_HTE);
        return new AssessmentRow(runId, profile.uscc(), profile.name(), profile.district(), assessment.assessmentYear(), assessment.rulesetVersion(),
                AssessmentJson.sha256(inputs), inputs, compactResult,
                assessment.eligibleTier().name(), assessment.certifiedTier().name(),
                techSme.outcome().name(), techSme.score(),
                programme(assessment, Programme.PROVINCIAL_HTE).outcome().name(),
                nationalHte.outcome().name(), nationalHte.scoreMin(), nationalHte.scoreMax(),
                OpenCriteria.ofNationalHte(assessment),
                programme(assessment, Programme.LITTLE_GIANT).outcome().name(),
                amount(assessment, SubsidyProgramme.RD_SEGMENTED_GRANT),
                amount(assessment, SubsidyProgramme.RD_GROWTH_GRANT),
                amount(assessment, SubsidyProgramme.LITTLE_GIANT_REWARD),
                amount(assessment, SubsidyProgramme.HTE_RECOGNITION_REWARD),
                assessment.eligibleTierProvisional());
    }

    private static ProgrammeResult programme(Assessment assessment, Programme programme) {
        return assessment.programmes().stream().filter(p -> p.programme() == programme).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine left out " + programme));
    }

    /** Null when the subsidy does not exist in the assessment year (e.g. RD_GROWTH_GRANT before 2025). */
    private static BigDecimal amount(Assessment assessment, SubsidyProgramme programme) {
        return assessment.subsidies().stream().filter(s -> s.programme() == programme).findFirst()
                .map(SubsidyResult::amount).orElse(null);
    }
}
