package com.techladder.rules.engine;

import com.techladder.rules.explain.ProgrammeSheet;
import com.techladder.rules.explain.SubsidySheet;
import com.techladder.rules.explain.YearCriteria;
import com.techladder.rules.explain.SubsidyCriterion;
import com.techladder.rules.facts.CertificateStatus;
import com.techladder.rules.facts.DerivedFacts;
import com.techladder.rules.facts.Enterprise;
import com.techladder.rules.facts.IntegrityRecord;
import com.techladder.rules.facts.LatestFigures;
import com.techladder.rules.facts.ReferenceDays;
import com.techladder.rules.facts.Registration;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.Rendered;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One enterprise under assessment: its derived facts, one per concern, and a work sheet per programme and subsidy that
 * the rules fill in. The engine inserts the case and its four programme sheets, nothing else: a rule reaches the facts
 * through the sheet or case it matches and states its conditions on them in its {@code when}, so no rule joins
 * (docs/performance.md). A subsidy rule matches the case, whose subsidy sheet it fills in.
 */
public final class EnterpriseCase {

    private final Enterprise enterprise;
    private final DerivedFacts derived;
    private final YearCriteria criteria;
    private final ReferenceDays days;
    private final ProgrammeSheet techSme;
    private final ProgrammeSheet provincialHte;
    private final ProgrammeSheet nationalHte;
    private final ProgrammeSheet littleGiant;
    private final Map<SubsidyProgramme, SubsidySheet> subsidies = new EnumMap<>(SubsidyProgramme.class);

    EnterpriseCase(EnterpriseProfile profile, int assessmentYear, ReferenceDays days, YearCriteria criteria,
            int windowYears, int fraudBanYears) {
        this.enterprise = new Enterprise(profile.uscc(), assessmentYear);
        this.criteria = criteria;
        this.days = days;
        derived = new DerivedFacts(enterprise, profile, days, windowYears, fraudBanYears);
        techSme = new ProgrammeSheet(Programme.TECH_SME, criteria, derived);
        provincialHte = new ProgrammeSheet(Programme.PROVINCIAL_HTE, criteria, derived);
        nationalHte = new ProgrammeSheet(Programme.NATIONAL_HTE, criteria, derived);
        littleGiant = new ProgrammeSheet(Programme.LITTLE_GIANT, criteria, derived);
    }

    /** Everything the rules match for this enterprise: the case and its programme sheets. */
    void insertInto(List<Object> facts) {
        facts.add(this);
        facts.add(techSme);
        facts.add(provincialHte);
        facts.add(nationalHte);
        facts.add(littleGiant);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** The figures of Y−1, null when that year is not on record (a subsidy then says what is missing). */
    public LatestFigures getLatest() {
        return derived.getLatest();
    }

    public CertificateStatus getCertificates() {
        return derived.getCertificates();
    }

    public IntegrityRecord getIntegrity() {
        return derived.getIntegrity();
    }

    public Registration getRegistration() {
        return derived.getRegistration();
    }

    /**
     * Whether the subsidy entry {@code criterion} applies in the assessment year (its parameter has a value in force):
     * a subsidy rule says from when it applies in its {@code when}: {@code EnterpriseCase( applies(SubsidyCriterion.…) )}.
     */
    public boolean applies(SubsidyCriterion criterion) {
        return criteria.applies(criterion);
    }

    public int getAssessmentYear() {
        return enterprise.getAssessmentYear();
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

    /** The sheet of a subsidy that exists this year; asking for it lists it in the assessment. */
    public SubsidySheet subsidy(SubsidyProgramme programme) {
        return subsidies.computeIfAbsent(programme, p -> new SubsidySheet(p, criteria));
    }

    Assessment toAssessment(String rulesetVersion) {
        LatestFigures latest = derived.getLatest();
        boolean missing = latest == null || latest.isRequiredDataMissing();
        List<ProgrammeResult> programmes = List.of(techSme.toResult(missing, days.of(Programme.TECH_SME)),
                provincialHte.toResult(missing, days.of(Programme.PROVINCIAL_HTE)),
                nationalHte.toResult(missing, days.of(Programme.NATIONAL_HTE)),
                littleGiant.toResult(missing, days.of(Programme.LITTLE_GIANT)));
        List<Object> subsidyResults = new ArrayList<>(subsidies.size());
        for (SubsidySheet s : subsidies.values()) {
            subsidyResults.add(s.toResult());
        }
        return new Assessment(enterprise.getUscc(), enterprise.getAssessmentYear(), rulesetVersion,
                eligibleTier(programmes), derived.getCertificates().getCertifiedTier(), programmes, Rendered.of(subsidyResults),
                days.assessmentDay(), days.of(Programme.NATIONAL_HTE));
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
