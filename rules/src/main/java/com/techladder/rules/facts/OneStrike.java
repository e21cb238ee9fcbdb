package com.techladder.rules.facts;

import com.techladder.rules.model.AccountingYear;

/**
 * 一票否决 — a major safety or quality accident, a serious environmental violation (in the figures year or the
 * assessment year), or being on the 严重违法失信 list bars every rung of the ladder (docs/policy/one-strike.md), and
 * says when the bar lifts.
 *
 * @param excluded         TRUE when a flag is set, FALSE when the figures year says no to all, null when it is silent
 * @param lastIncidentYear the latest year with an accident or violation, null if none
 * @param dishonestyListed on the 严重违法失信 list (the bar lifts only when the enterprise is taken off it); null unknown
 */
public record OneStrike(Boolean excluded, Integer lastIncidentYear, Boolean dishonestyListed) {

    static OneStrike of(Boolean incidents, AccountingYear latest, AccountingYear current) {
        Boolean listed = Flags.anyTrue(AccountingYear::seriousDishonestyList, latest, current);
        Integer last = incidentIn(current) ? Integer.valueOf(current.fiscalYear())
                : incidentIn(latest) ? Integer.valueOf(latest.fiscalYear()) : null;
        return new OneStrike(Flags.any(incidents, listed), last, listed);
    }

    private static boolean incidentIn(AccountingYear y) {
        return y != null && (Boolean.TRUE.equals(y.majorSafetyIncident()) || Boolean.TRUE.equals(y.majorQualityIncident())
                || Boolean.TRUE.equals(y.seriousEnvViolation()));
    }

    /**
     * The first assessment year whose 上一会计年度 and 当年 are both clear of the last incident — two years after it (科小
     * 条件(四); 高企 条件8 "申请认定前一年内" judged on whole accounting years); null when no incident bars.
     */
    public Integer reapplyFrom() {
        return lastIncidentYear == null ? null : lastIncidentYear + 2;
    }
}
