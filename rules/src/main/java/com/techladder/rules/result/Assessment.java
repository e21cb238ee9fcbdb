package com.techladder.rules.result;

import com.techladder.rules.model.Tier;
import java.util.List;

/**
 * The assessment of one enterprise as of an assessment year (评价年度): uses accounting year Y−1 (and Y−3..Y−1).
 *
 * @param uscc          the enterprise assessed (may be null in a self-check)
 * @param eligibleTier  highest of NATIONAL_HTE > PROVINCIAL_HTE > TECH_SME whose outcome is ELIGIBLE
 * @param certifiedTier highest rung held by a certificate valid on 31 Dec of the assessment year
 * @param programmes    always TECH_SME, PROVINCIAL_HTE, NATIONAL_HTE, LITTLE_GIANT, in that order
 * @param subsidies     every subsidy programme in force in the assessment year
 */
public record Assessment(
        String uscc,
        int assessmentYear,
        String rulesetVersion,
        Tier eligibleTier,
        Tier certifiedTier,
        List<ProgrammeResult> programmes,
        List<SubsidyResult> subsidies) {

    public Assessment {
        programmes = List.copyOf(programmes);
        subsidies = List.copyOf(subsidies);
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
