package com.techladder.rules.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the rules know of one enterprise: its identity, its accounting years (any order) and its certificates.
 *
 * @param uscc           统一社会信用代码 (may be null in a self-check)
 * @param district       6-digit Fuzhou division code (docs/policy/identifiers.md)
 * @param inHitechZone   located in 福州高新区 (a zone, not a division)
 * @param establishedOn  成立日期
 */
public record EnterpriseProfile(
        String uscc,
        String name,
        String district,
        Boolean inHitechZone,
        LocalDate establishedOn,
        List<AccountingYear> years,
        List<CertificateRecord> certificates) {

    public EnterpriseProfile {
        years = years == null ? List.of() : List.copyOf(years);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    /** The accounting year {@code fiscalYear}, if recorded. */
    public Optional<AccountingYear> year(int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
    }

    /** Years sorted oldest first. */
    public List<AccountingYear> yearsOldestFirst() {
        return years.stream().sorted(Comparator.comparingInt(AccountingYear::fiscalYear)).toList();
    }

    /** The highest rung held by a certificate valid on {@code day}. */
    public Tier certifiedTierOn(LocalDate day) {
        Tier best = Tier.NONE;
        for (CertificateRecord c : certificates) {
            Tier t = Tier.of(c.programme());
            if (t != Tier.NONE && c.isValidOn(day) && t.isAbove(best)) {
                best = t;
            }
        }
        return best;
    }
}
