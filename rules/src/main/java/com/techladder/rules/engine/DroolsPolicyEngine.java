package com.techladder.rules.engine;

import com.techladder.rules.explain.CriterionCatalogue;
import com.techladder.rules.explain.YearCriteria;
import com.techladder.rules.facts.ReferenceDays;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Assessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The Drools policy engine: one shared KieBase (executable model compiled at build time), one stateless session per
 * {@link #PER_SESSION} enterprises of a call to {@link #evaluateAll}, holding their cases and programme sheets.
 * Immutable: the parameters are fixed at construction.
 */
final class DroolsPolicyEngine implements PolicyEngine {

    static final String KIE_BASE = "ladder";

    /** Built once per JVM: the rules do not change at run time, only the parameters do, and those travel with the facts. */
    private static final class Rules {
        static final KieBase BASE = KieServices.get().getKieClasspathContainer().getKieBase(KIE_BASE);
    }

    /**
     * Enterprises per stateless session. Since the rules match one object each and take no join, the session's size
     * hardly matters: 50 to 500 measured the same (docs/performance.md); 100 keeps a session's memories small.
     */
    static final int PER_SESSION = 100;

    private final ParameterSet parameters;
    private final String rulesetVersion;
    private final String snapshot;

    DroolsPolicyEngine(ParameterSet parameters, String rulesetVersion) {
        this.parameters = parameters;
        this.rulesetVersion = rulesetVersion;
        this.snapshot = ParameterSnapshot.write(rulesetVersion, parameters);
        // build the KieBase now, so that an engine that exists can evaluate (health checks rely on it)
        Rules.BASE.getKiePackages();
    }

    @Override
    public String rulesetVersion() {
        return rulesetVersion;
    }

    @Override
    public String parameterSnapshot() {
        return snapshot;
    }

    @Override
    public int firstFiscalYearRead(int assessmentYear) {
        YearParameters params = parameters.forYear(assessmentYear);
        return assessmentYear - Math.max(windowYears(params), fraudBanYears(params) + 1);
    }

    private static int windowYears(YearParameters params) {
        return params.has("national_hte.window_years") ? params.integer("national_hte.window_years") : 3;
    }

    private static int fraudBanYears(YearParameters params) {
        return params.has("tech_sme.fraud_ban_years") ? params.integer("tech_sme.fraud_ban_years") : 0;
    }

    @Override
    public List<Assessment> evaluateAll(int assessmentYear, LocalDate assessmentDay, List<EnterpriseProfile> enterprises) {
        YearParameters params = parameters.forYear(assessmentYear);
        ReferenceDays days = ReferenceDays.of(params, assessmentDay);
        int windowYears = windowYears(params);
        int fraudBanYears = fraudBanYears(params);
        List<EnterpriseCase> cases = new ArrayList<>(enterprises.size());
        YearCriteria criteria = new YearCriteria(CriterionCatalogue.standard(), params);
        for (int from = 0; from < enterprises.size(); from += PER_SESSION) {
            List<EnterpriseProfile> part = enterprises.subList(from, Math.min(enterprises.size(), from + PER_SESSION));
            List<Object> facts = new ArrayList<>(part.size() * 5);
            for (EnterpriseProfile p : part) {
                EnterpriseCase c = new EnterpriseCase(p, assessmentYear, days, criteria, windowYears, fraudBanYears);
                cases.add(c);
                c.insertInto(facts);
            }
            StatelessKieSession session = Rules.BASE.newStatelessKieSession();
            session.execute(facts);
        }
        List<Assessment> results = new ArrayList<>(cases.size());
        for (EnterpriseCase c : cases) {
            results.add(c.toAssessment(rulesetVersion));
        }
        return results;
    }
}
