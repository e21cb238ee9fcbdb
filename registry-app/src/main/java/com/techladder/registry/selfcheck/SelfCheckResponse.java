package com.techladder.registry.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Gap;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;

/**
 * The body of a self-check answer, exactly the contract's shape (docs/contracts/http-api.md "Self-check") plus {@code certifiedTier},
 * {@code maxPoints} and {@code provisional} per criterion. Texts (descriptions, gaps, bases) are in the language the
 * caller asked for; the engine gives every text in zh-CN and English. The result page renders this same object.
 *
 * @param eligibleTierProvisional the eligible tier rests on provisional (暂定) values: name it with 暂定
 * @param certifiedTier the highest rung held by a certificate valid on {@code referenceDay}
 * @param assessmentDay the day the assessment was made (today for a self-check); null when not recorded
 * @param referenceDay  the day the ladder was judged on (the 国家高企 reference day); each programme names its own
 */
public record SelfCheckResponse(
        int assessmentYear,
        String rulesetVersion,
        Tier eligibleTier,
        boolean eligibleTierProvisional,
        Tier certifiedTier,
        List<ProgrammeAnswer> programmes,
        List<SubsidyAnswer> subsidies,
        LocalDate assessmentDay,
        LocalDate referenceDay) {

    /**
     * @param provisional true when the outcome depends on a provisional (暂定) parameter
     * @param referenceDay the day its day-dependent criteria were judged on ("按 2025-09-30 判断"); null in results
     *                     stored before it was recorded
     */
    public record ProgrammeAnswer(
            Programme programme,
            Outcome outcome,
            Integer score,
            Integer scoreMin,
            Integer scoreMax,
            String directPath,
            boolean provisional,
            List<CriterionAnswer> criteria,
            List<GapAnswer> gaps,
            LocalDate referenceDay) {
    }

    /**
     * @param maxPoints   the points available (null when the criterion carries none)
     * @param provisional the criterion's parameters are not confirmed by an official text (暂定)
     */
    public record CriterionAnswer(
            String id,
            String clause,
            String description,
            String actual,
            String required,
            CriterionStatus result,
            Integer points,
            Integer maxPoints,
            boolean provisional) {
    }

    public record GapAnswer(String criterion, String message) {
    }

    /**
     * @param undetermined a fact the subsidy needs is unknown: neither granted nor refused (待核实)
     */
    public record SubsidyAnswer(
            SubsidyProgramme programme,
            boolean eligible,
            BigDecimal amount,
            boolean provisional,
            boolean undetermined,
            String basis) {
    }

    /** The answer for {@code assessment}, its texts in {@code locale} (English for en, zh-CN otherwise). */
    public static SelfCheckResponse of(Assessment assessment, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new SelfCheckResponse(
                assessment.assessmentYear(),
                assessment.rulesetVersion(),
                assessment.eligibleTier(),
                assessment.eligibleTierProvisional(),
                assessment.certifiedTier(),
                assessment.programmes().stream().map(p -> programme(p, english)).toList(),
                assessment.subsidies().stream().map(s -> subsidy(s, english)).toList(),
                assessment.assessmentDay(),
                assessment.referenceDay());
    }

    private static ProgrammeAnswer programme(ProgrammeResult p, boolean english) {
        return new ProgrammeAnswer(p.programme(), p.outcome(), p.score(), p.scoreMin(), p.scoreMax(), p.directPath(),
                p.provisional(),
                p.criteria().stream().map(c -> criterion(c, english)).toList(),
                p.gaps().stream().map(g -> gap(g, english)).toList(),
                p.referenceDay());
    }

    private static CriterionAnswer criterion(CriterionResult c, boolean english) {
        return new CriterionAnswer(c.id(), c.clause(), pick(c.description(), c.descriptionEn(), english), c.actual(),
                c.required(), c.result(), c.points(), c.maxPoints(), c.confidence() == Confidence.PROVISIONAL);
    }

    private static GapAnswer gap(Gap g, boolean english) {
        return new GapAnswer(g.criterion(), pick(g.message(), g.messageEn(), english));
    }

    private static SubsidyAnswer subsidy(SubsidyResult s, boolean english) {
        return new SubsidyAnswer(s.programme(), s.eligible(), s.amount(), s.provisional(), s.undetermined(),
                pick(s.basis(), s.basisEn(), english));
    }

    /** English when asked for and given; the zh-CN text otherwise (it is always there). */
    private static String pick(String zh, String en, boolean english) {
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
