package com.techladder.rules.result;

import com.techladder.rules.model.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment of one enterprise as of an assessment year (评价年度): uses accounting year Y−1 (and Y−3..Y−1).
 *
 * @param uscc          the enterprise assessed (may be null in a self-check)
 * @param eligibleTier  highest of NATIONAL_HTE > PROVINCIAL_HTE > TECH_SME whose outcome is ELIGIBLE
 * @param certifiedTier highest rung held by a certificate valid on {@code referenceDay}
 * @param programmes    always TECH_SME, PROVINCIAL_HTE, NATIONAL_HTE, LITTLE_GIANT, in that order
 * @param subsidies     every subsidy programme in force in the assessment year
 * @param assessmentDay the day the assessment was made (today for a self-check, the launch day of a run); null when
 *                      not recorded (an old run), then every reference day is its window's last day
 * @param referenceDay  the day the ladder was judged on: the 国家高企 reference day (certified tier, the pipeline);
 *                      each programme names its own in {@link ProgrammeResult#referenceDay()}
 */
public record Assessment(
        String uscc,
        int assessmentYear,
        String rulesetVersion,
        Tier eligibleTier,
        Tier certifiedTier,
        List<ProgrammeResult> programmes,
        List<SubsidyResult> subsidies,
        LocalDate assessmentDay,
        LocalDate referenceDay) {

    public Assessment {
        programmes = List.copyOf(programmes);
        subsidies = Rendered.immutable(subsidies);
    }

    /** An assessment without its days (stored before they existed, or built by hand). */
    public Assessment(String uscc, int assessmentYear, String rulesetVersion, Tier eligibleTier, Tier certifiedTier,
            List<ProgrammeResult> programmes, List<SubsidyResult> subsidies) {
        this(uscc, assessmentYear, rulesetVersion, eligibleTier, certifiedTier, programmes, subsidies, null, null);
    }

    /**
     * The eligible tier rests on provisional (暂定) values — its programme's outcome is provisional — so wherever the
     * tier is named it must say 暂定.
     */
    public boolean eligibleTierProvisional() {
        for (ProgrammeResult p : programmes) {
            if (p.provisional() && Tier.of(p.programme()) == eligibleTier && eligibleTier != Tier.NONE) {
                return true;
            }
        }
        return false;
    }
}
