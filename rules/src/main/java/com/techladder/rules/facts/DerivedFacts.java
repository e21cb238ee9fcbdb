package com.techladder.rules.facts;

import com.techladder.rules.model.EnterpriseProfile;

/**
 * The facts derived for one enterprise and assessment year, one object per concern. A rule reaches them through the
 * work sheet or case it fills in and states its conditions on them in its {@code when}
 * ({@code ProgrammeSheet( …, integrity.integrityBreach == true, $i : integrity )}): they are not inserted on their own,
 * so matching an enterprise takes no join (docs/performance.md, "Issue 12: rules reach their facts through the sheet").
 */
public final class DerivedFacts {

    private final Enterprise enterprise;
    private final LatestFigures latest;
    private final ThreeYearWindow window;
    private final Growth growth;
    private final IntegrityRecord integrity;
    private final CertificateStatus certificates;
    private final Registration registration;

    public DerivedFacts(Enterprise enterprise, EnterpriseProfile profile, ReferenceDays days, int windowYears,
            int fraudBanYears) {
        this.enterprise = enterprise;
        latest = LatestFigures.of(enterprise, profile);
        window = new ThreeYearWindow(enterprise, profile, windowYears);
        growth = new Growth(enterprise, profile, window.getOperatingYears());
        integrity = new IntegrityRecord(enterprise, profile, fraudBanYears);
        certificates = new CertificateStatus(enterprise, profile, days);
        registration = new Registration(enterprise, profile, days);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** The figures of Y−1, null when that year is not on record. */
    public LatestFigures getLatest() {
        return latest;
    }

    public ThreeYearWindow getWindow() {
        return window;
    }

    public Growth getGrowth() {
        return growth;
    }

    public IntegrityRecord getIntegrity() {
        return integrity;
    }

    public CertificateStatus getCertificates() {
        return certificates;
    }

    public Registration getRegistration() {
        return registration;
    }
}
