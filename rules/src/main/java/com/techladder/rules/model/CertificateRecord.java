package com.techladder.rules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of an official list (证书/入库登记). Certified status comes from these, never from rules
 * (docs/policy/README.md, "Certified vs eligible").
 *
 * @param validUntil as given on the list; may be null, then {@link #effectiveValidUntil()} applies the contract default
 */
public record CertificateRecord(
        Programme programme,
        String certificateNo,
        LocalDate issuedOn,
        LocalDate validUntil,
        boolean revoked,
        LocalDate revokedOn,
        String batch) {

    public CertificateRecord {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    public static CertificateRecord of(Programme programme, LocalDate issuedOn, LocalDate validUntil) {
        return new CertificateRecord(programme, null, issuedOn, validUntil, false, null, null);
    }

    /**
     * Last day of validity. Missing on the list: 国家高企 issue date + 3 years − 1 day (国科发火〔2016〕32号 第十四条 as
     * restated in docs/policy/national-hte.md); 科技型中小企业 and 科技小巨人 31 Dec of the issue (list) year; 省高企
     * open-ended (null: its validity was not found).
     */
    public LocalDate effectiveValidUntil() {
        if (validUntil != null) {
            return validUntil;
        }
        return switch (programme) {
            case NATIONAL_HTE -> issuedOn.plusYears(3).minusDays(1);
            // a 科技小巨人 list is re-checked every year, with revocations: an entry holds for its list year unless the
            // next list confirms it again (docs/policy/little-giant.md)
            case TECH_SME, LITTLE_GIANT -> LocalDate.of(issuedOn.getYear(), 12, 31);
            case PROVINCIAL_HTE -> null;
        };
    }

    /** Valid on {@code day}: issued on or before it, not expired, not revoked by then (a revocation without a date ends it at once). */
    public boolean isValidOn(LocalDate day) {
        if (issuedOn.isAfter(day)) {
            return false;
        }
        LocalDate until = effectiveValidUntil();
        if (until != null && until.isBefore(day)) {
            return false;
        }
        if (revoked) {
            return revokedOn != null && revokedOn.isAfter(day);
        }
        return true;
    }

    /**
     * Held at some time during calendar year {@code year}: the status a firm had in an accounting year (a 高企 certificate
     * issued in December gives the 15 % rate for that whole year, 国科发火〔2016〕32号 as restated in docs/policy/national-hte.md).
     * Validity is one stretch from the issue day, so its first day inside the year decides.
     */
    public boolean isValidDuring(int year) {
        LocalDate first = issuedOn.getYear() < year ? LocalDate.of(year, 1, 1) : issuedOn;
        return first.getYear() == year && isValidOn(first);
    }
}
