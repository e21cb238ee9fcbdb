package com.techladder.rules.facts;

import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import java.time.LocalDate;

/** What the certificate lists say of the enterprise, each on the reference day of the programme that asks. */
public final class CertificateStatus {

    private final Enterprise enterprise;
    private final Tier certifiedTier;
    private final boolean nationalHteCertified;
    private final boolean nationalHteCertifiedForTechSme;
    private final boolean nationalHteHeldInFiguresYear;
    private final boolean littleGiantCertified;
    private final boolean nationalHteRecognisedThisYear;
    private final boolean nationalHteRenewal;
    private final boolean techSmeRevokedThisYear;
    private final boolean provincialHteEnteredThisYear;
    private final boolean nationalHteFromProvincialPool;

    public CertificateStatus(Enterprise enterprise, EnterpriseProfile profile, ReferenceDays days) {
        this.enterprise = enterprise;
        int assessmentYear = enterprise.getAssessmentYear();
        int figuresYear = assessmentYear - 1;
        LocalDate hteDay = days.of(Programme.NATIONAL_HTE);
        LocalDate techSmeDay = days.of(Programme.TECH_SME);
        LocalDate giantDay = days.of(Programme.LITTLE_GIANT);
        certifiedTier = profile.certifiedTierOn(hteDay);
        boolean hte = false;
        boolean hteForTechSme = false;
        boolean hteInFiguresYear = false;
        boolean giant = false;
        boolean recognised = false;
        boolean renewal = false;
        boolean smeRevoked = false;
        for (CertificateRecord c : profile.certificates()) {
            if (c.programme() == Programme.NATIONAL_HTE) {
                hte |= c.isValidOn(hteDay);
                hteForTechSme |= c.isValidOn(techSmeDay);
                hteInFiguresYear |= c.isValidDuring(figuresYear);
                if (c.issuedOn().getYear() == assessmentYear && !c.revoked()) {
                    recognised = true;
                    renewal |= profile.certificates().stream().anyMatch(o -> o.programme() == Programme.NATIONAL_HTE
                            && o.issuedOn().isBefore(c.issuedOn()));
                }
            } else if (c.programme() == Programme.LITTLE_GIANT) {
                giant |= c.isValidOn(giantDay);
            } else if (c.programme() == Programme.TECH_SME && c.revoked() && c.revokedOn() != null) {
                smeRevoked |= c.revokedOn().getYear() == assessmentYear;
            }
        }
        nationalHteCertified = hte;
        nationalHteCertifiedForTechSme = hteForTechSme;
        nationalHteHeldInFiguresYear = hteInFiguresYear;
        littleGiantCertified = giant;
        nationalHteRecognisedThisYear = recognised;
        nationalHteRenewal = renewal;
        techSmeRevokedThisYear = smeRevoked;
        provincialHteEnteredThisYear = provincialEntryIn(profile, assessmentYear);
        nationalHteFromProvincialPool = recognised && !renewal && provincialEntryBefore(profile, assessmentYear);
    }

    /** A 省高企 入库 of {@code year}, not revoked. */
    private static boolean provincialEntryIn(EnterpriseProfile profile, int year) {
        return profile.certificates().stream().anyMatch(c -> c.programme() == Programme.PROVINCIAL_HTE && !c.revoked()
                && c.issuedOn().getYear() == year);
    }

    /** A 省高企 入库 before {@code year}: a 国高 recognised in that year leaves the provincial 培育库 (出库). */
    private static boolean provincialEntryBefore(EnterpriseProfile profile, int year) {
        return profile.certificates().stream().anyMatch(c -> c.programme() == Programme.PROVINCIAL_HTE
                && c.issuedOn().getYear() < year);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** Highest rung held by a certificate valid on the 国家高企 reference day. */
    public Tier getCertifiedTier() {
        return certifiedTier;
    }

    /** Holds a 国家高企 certificate valid on the 国家高企 reference day. */
    public boolean isNationalHteCertified() {
        return nationalHteCertified;
    }

    /** Holds a 国家高企 certificate valid on the 科小 reference day (科小 直接认定 路径1 "有效期内"). */
    public boolean isNationalHteCertifiedForTechSme() {
        return nationalHteCertifiedForTechSme;
    }

    /**
     * Held a 国家高企 certificate at some time during the figures year Y−1: the status that goes with the figures a grant
     * rewards (分段补助's 规下高企, the 15 % rate of the 加计扣除 reward), not the status of the assessment year.
     */
    public boolean isNationalHteHeldInFiguresYear() {
        return nationalHteHeldInFiguresYear;
    }

    public boolean isLittleGiantCertified() {
        return littleGiantCertified;
    }

    /** A 国家高企 certificate was issued in the assessment year. */
    public boolean isNationalHteRecognisedThisYear() {
        return nationalHteRecognisedThisYear;
    }

    /** That certificate follows an earlier one (重新认定). */
    public boolean isNationalHteRenewal() {
        return nationalHteRenewal;
    }

    /** The 科小 registration number was revoked in the assessment year. */
    public boolean isTechSmeRevokedThisYear() {
        return techSmeRevokedThisYear;
    }

    /** Entered the provincial 高企 培育库 (省高企 备案) in the assessment year. */
    public boolean isProvincialHteEnteredThisYear() {
        return provincialHteEnteredThisYear;
    }

    /** The 国高 recognised this year for the first time had entered the provincial 培育库 before (出库). */
    public boolean isNationalHteFromProvincialPool() {
        return nationalHteFromProvincialPool;
    }
}
