package com.techladder.rules.facts;

import static com.techladder.rules.facts.Figures.yearOf;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;

/**
 * The integrity flags of Y−1 and, when on record, Y itself: accidents and violations, the lists, fraud (with its ban
 * years) and the one-strike bar across the ladder (docs/policy/one-strike.md). Three-valued: null when Y−1 is silent.
 */
public final class IntegrityRecord {

    private final Enterprise enterprise;
    private final Boolean incidents;
    private final Boolean integrityBreach;
    private final Boolean fraudRecently;
    private final Boolean fraudPriorOrCurrentYear;
    private final OneStrike oneStrike;

    public IntegrityRecord(Enterprise enterprise, EnterpriseProfile profile, int fraudBanYears) {
        this.enterprise = enterprise;
        int figuresYear = enterprise.getAssessmentYear() - 1;
        AccountingYear latest = yearOf(profile, figuresYear);
        AccountingYear current = yearOf(profile, enterprise.getAssessmentYear());
        incidents = Flags.any(
                Flags.anyTrue(AccountingYear::majorSafetyIncident, latest, current),
                Flags.anyTrue(AccountingYear::majorQualityIncident, latest, current),
                Flags.anyTrue(AccountingYear::seriousEnvViolation, latest, current));
        integrityBreach = Flags.any(incidents,
                Flags.anyTrue(AccountingYear::researchMisconduct, latest, current),
                Flags.anyTrue(AccountingYear::abnormalOperationList, latest, current),
                Flags.anyTrue(AccountingYear::seriousDishonestyList, latest, current));
        oneStrike = OneStrike.of(incidents, latest, current);
        AccountingYear[] banWindow = new AccountingYear[Math.max(0, fraudBanYears) + 1];
        for (int i = 0; i < banWindow.length - 1; i++) {
            banWindow[i] = yearOf(profile, figuresYear - 1 - i);
        }
        banWindow[banWindow.length - 1] = current;
        fraudRecently = Flags.anyTrue(AccountingYear::seriousFraud, latest, banWindow);
        fraudPriorOrCurrentYear = Flags.anyTrue(AccountingYear::seriousFraud, latest, current);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** 重大安全、重大质量事故或严重环境违法 in Y−1 or Y. */
    public Boolean getIncidents() {
        return incidents;
    }

    /** Any 科小 condition (四) breach in Y−1 or Y, excluding 弄虚作假. */
    public Boolean getIntegrityBreach() {
        return integrityBreach;
    }

    /** 一票否决 across the ladder: accidents, environmental violations, the 严重违法失信 list. */
    public OneStrike getOneStrike() {
        return oneStrike;
    }

    /** The one-strike bar holds: no rung, and no subsidy resting on a rung. */
    public boolean isOneStrikeBarred() {
        return Boolean.TRUE.equals(oneStrike.excluded());
    }

    /** 严重弄虚作假 in Y or the years of the ban before it. */
    public Boolean getFraudRecently() {
        return fraudRecently;
    }

    /** 严重弄虚作假 in Y−1 or, when on record, Y (科小 条件(四) 2022 表述 "上一会计年度及当年"). */
    public Boolean getFraudPriorOrCurrentYear() {
        return fraudPriorOrCurrentYear;
    }
}
