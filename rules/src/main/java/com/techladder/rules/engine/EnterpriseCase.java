package com.techladder.rules.engine;

import com.techladder.rules.explain.ProgrammeSheet;
import com.techladder.rules.explain.SubsidySheet;
import com.techladder.rules.facts.EnterpriseFacts;
import com.techladder.rules.facts.ReferenceDays;
import com.techladder.rules.facts.OneStrike;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one fact the rules see per enterprise: its derived facts, the parameters of the assessment year and a work sheet
 * per programme and subsidy that the rules fill in.
 */
public final class EnterpriseCase {

    private final String uscc;
    private final EnterpriseFacts facts;
    private final YearParameters params;
    private final ProgrammeSheet techSme;
    private final ProgrammeSheet provincialHte;
    private final ProgrammeSheet nationalHte;
    private final ProgrammeSheet littleGiant;
    private final Map<SubsidyProgramme, SubsidySheet> subsidies = new EnumMap<>(SubsidyProgramme.class);

    EnterpriseCase(String uscc, EnterpriseFacts facts, YearParameters params) {
        this.uscc = uscc;
        this.facts = facts;
        this.params = params;
        techSme = new ProgrammeSheet(Programme.TECH_SME, params);
        provincialHte = new ProgrammeSheet(Programme.PROVINCIAL_HTE, params);
        nationalHte = new ProgrammeSheet(Programme.NATIONAL_HTE, params);
        littleGiant = new ProgrammeSheet(Programme.LITTLE_GIANT, params);
    }

    public EnterpriseFacts getFacts() {
        return facts;
    }

    public YearParameters getParams() {
        return params;
    }

    public int getAssessmentYear() {
        return facts.getAssessmentYear();
    }

    public boolean isFiguresPresent() {
        return facts.isFiguresPresent();
    }

    /** Which wording of the 科小 conditions governs this assessment year ("2017" or "2022"). */
    public String getTechSmeWording() {
        return params.has("tech_sme.wording") ? params.text("tech_sme.wording") : null;
    }

    /** Which 科技小巨人 criteria govern this assessment year ("2016" or "2023"), null before 2016. */
    public String getLittleGiantCriteria() {
        return params.has("little_giant.criteria_version") ? params.text("little_giant.criteria_version") : null;
    }

    /** Whether parameter {@code key} has a value in force this year: a dated rule applies only then. */
    public boolean inForce(String key) {
        return params.has(key);
    }

    public ProgrammeSheet getTechSme() {
        return techSme;
    }

    public ProgrammeSheet getProvincialHte() {
        return provincialHte;
    }

    public ProgrammeSheet getNationalHte() {
        return nationalHte;
    }

    public ProgrammeSheet getLittleGiant() {
        return littleGiant;
    }

    /**
     * 一票否决 on a programme whose text has no such condition of its own (省高企 stand-in, 小巨人): the condition
     * {@code PREFIX.ONE_STRIKE} under parameter {@code key}, and when it bars, when the enterprise may apply again.
     */
    public void oneStrike(ProgrammeSheet sheet, String prefix, String key) {
        CriterionStatus st = sheet.condition(prefix + ".ONE_STRIKE", key,
                "上一会计年度及当年发生重大安全、重大质量事故、严重环境违法，或列入严重违法失信名单 (一票否决)",
                "Major safety/quality accident, serious environmental violation or on the serious-dishonesty list (one strike)",
                facts.getOneStrike().excluded(), false);
        if (st == CriterionStatus.NOT_MET) {
            reapply(sheet, prefix, key);
        }
    }

    /**
     * When a one-strike bar lifts, as a criterion {@code PREFIX.REAPPLY_FROM} with its gap: two years after the last
     * accident or violation, or once the enterprise is off the 严重违法失信 list.
     */
    public void reapply(ProgrammeSheet sheet, String prefix, String key) {
        OneStrike o = facts.getOneStrike();
        Integer year = o.reapplyFrom();
        boolean listed = Boolean.TRUE.equals(o.dishonestyListed());
        if (year == null && !listed) {
            return;
        }
        String whenZh = (year == null ? "" : "可于 " + year + " 年起重新申请") + (year != null && listed ? "，且须" : "")
                + (listed ? "移出严重违法失信名单后方可重新申请" : "");
        String whenEn = (year == null ? "" : "may apply again from " + year) + (year != null && listed ? ", and " : "")
                + (listed ? "only once removed from the serious-dishonesty list" : "");
        sheet.note(prefix + ".REAPPLY_FROM", key, "何时可重新申请 (一票否决之后)", "When the enterprise may apply again",
                whenZh, "上一会计年度及当年均无上述情形", CriterionStatus.NOT_MET);
        sheet.gap(prefix + ".REAPPLY_FROM", "一票否决: " + whenZh, "One strike: " + whenEn);
    }

    /** The one-strike bar holds: no subsidy may rest on a rung (the rung is refused, a certificate is to be cancelled). */
    public boolean isOneStrikeBarred() {
        return Boolean.TRUE.equals(facts.getOneStrike().excluded());
    }

    /** The sheet of a subsidy that exists this year; asking for it lists it in the assessment. */
    public SubsidySheet subsidy(SubsidyProgramme programme) {
        return subsidies.computeIfAbsent(programme, SubsidySheet::new);
    }

    Assessment toAssessment(String rulesetVersion) {
        boolean missing = facts.isRequiredDataMissing();
        ReferenceDays days = facts.getReferenceDays();
        List<ProgrammeResult> programmes = List.of(techSme.toResult(missing, days.of(Programme.TECH_SME)),
                provincialHte.toResult(missing, days.of(Programme.PROVINCIAL_HTE)),
                nationalHte.toResult(missing, days.of(Programme.NATIONAL_HTE)),
                littleGiant.toResult(missing, days.of(Programme.LITTLE_GIANT)));
        List<SubsidyResult> subsidyResults = new ArrayList<>(subsidies.size());
        for (SubsidySheet s : subsidies.values()) {
            subsidyResults.add(s.toResult());
        }
        return new Assessment(uscc, facts.getAssessmentYear(), rulesetVersion, eligibleTier(programmes),
                facts.getCertifiedTier(), programmes, subsidyResults, days.assessmentDay(),
                days.of(Programme.NATIONAL_HTE));
    }

    /** Highest of NATIONAL_HTE > PROVINCIAL_HTE > TECH_SME whose outcome is ELIGIBLE (the HTTP contract). */
    static Tier eligibleTier(List<ProgrammeResult> programmes) {
        Tier best = Tier.NONE;
        for (ProgrammeResult p : programmes) {
            Tier t = Tier.of(p.programme());
            if (p.outcome() == Outcome.ELIGIBLE && t.isAbove(best)) {
                best = t;
            }
        }
        return best;
    }
}
