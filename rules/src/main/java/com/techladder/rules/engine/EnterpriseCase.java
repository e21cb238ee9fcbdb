package com.techladder.rules.engine;

import com.techladder.rules.explain.ProgrammeSheet;
import com.techladder.rules.explain.SubsidySheet;
import com.techladder.rules.explain.YearCriteria;
import com.techladder.rules.facts.CertificateStatus;
import com.techladder.rules.facts.Enterprise;
import com.techladder.rules.facts.Growth;
import com.techladder.rules.facts.IntegrityRecord;
import com.techladder.rules.facts.LatestFigures;
import com.techladder.rules.facts.ReferenceDays;
import com.techladder.rules.facts.Registration;
import com.techladder.rules.facts.ThreeYearWindow;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.Rendered;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One enterprise under assessment: its derived facts, one per concern, and a work sheet per programme and subsidy that
 * the rules fill in. The engine inserts the case, the facts and the programme sheets; a subsidy rule matches the facts
 * its case depends on and the case itself, whose subsidy sheet it fills in.
 */
public final class EnterpriseCase {

    private final Enterprise enterprise;
    private final YearParameters params;
    private final YearCriteria criteria;
    private final ReferenceDays days;
    private final LatestFigures latest;
    private final CertificateStatus certificates;
    private final IntegrityRecord integrity;
    private final Registration registration;
    private final List<Object> facts = new ArrayList<>(12);
    private final ProgrammeSheet techSme;
    private final ProgrammeSheet provincialHte;
    private final ProgrammeSheet nationalHte;
    private final ProgrammeSheet littleGiant;
    private final Map<SubsidyProgramme, SubsidySheet> subsidies = new EnumMap<>(SubsidyProgramme.class);

    EnterpriseCase(EnterpriseProfile profile, int assessmentYear, ReferenceDays days, YearCriteria criteria,
            int windowYears, int fraudBanYears) {
        this.enterprise = new Enterprise(profile.uscc(), assessmentYear);
        this.params = criteria.params();
        this.criteria = criteria;
        this.days = days;
        latest = LatestFigures.of(enterprise, profile);
        ThreeYearWindow window = new ThreeYearWindow(enterprise, profile, windowYears);
        certificates = new CertificateStatus(enterprise, profile, days);
        integrity = new IntegrityRecord(enterprise, profile, fraudBanYears);
        registration = new Registration(enterprise, profile, days);
        boolean figures = latest != null;
        techSme = new ProgrammeSheet(Programme.TECH_SME, criteria, enterprise, figures);
        provincialHte = new ProgrammeSheet(Programme.PROVINCIAL_HTE, criteria, enterprise, figures);
        nationalHte = new ProgrammeSheet(Programme.NATIONAL_HTE, criteria, enterprise, figures);
        littleGiant = new ProgrammeSheet(Programme.LITTLE_GIANT, criteria, enterprise, figures);
        facts.add(this);
        facts.add(techSme);
        facts.add(provincialHte);
        facts.add(nationalHte);
        facts.add(littleGiant);
        if (latest != null) {
            facts.add(latest);
        }
        facts.add(window);
        facts.add(new Growth(enterprise, profile, window.getOperatingYears()));
        facts.add(integrity);
        facts.add(certificates);
        facts.add(registration);
    }

    /** Everything the rules match for this enterprise. */
    Collection<Object> facts() {
        return facts;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** The figures of Y−1, null when that year is not on record (a subsidy then says what is missing). */
    public LatestFigures getLatest() {
        return latest;
    }

    public CertificateStatus getCertificates() {
        return certificates;
    }

    public IntegrityRecord getIntegrity() {
        return integrity;
    }

    public Registration getRegistration() {
        return registration;
    }

    public YearParameters getParams() {
        return params;
    }

    public int getAssessmentYear() {
        return enterprise.getAssessmentYear();
    }

    /** Whether parameter {@code key} has a value in force this year: a dated subsidy applies only then. */
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

    /** The sheet of a subsidy that exists this year; asking for it lists it in the assessment. */
    public SubsidySheet subsidy(SubsidyProgramme programme) {
        return subsidies.computeIfAbsent(programme, p -> new SubsidySheet(p, criteria));
    }

    Assessment toAssessment(String rulesetVersion) {
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
                eligibleTier(programmes), certificates.getCertifiedTier(), programmes, Rendered.of(subsidyResults),
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
