package com.techladder.registry.portal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.techladder.registry.enterprise.EnterpriseRecord;

/**
 * A certificate as the enterprise sees it: its validity today, and a warning in the last months before it expires
 * (a national 高企 must apply again before its certificate runs out: there is no renewal).
 *
 * @param status VALID, EXPIRING (within {@link #WARNING_DAYS} days), EXPIRED or REVOKED
 */
public record CertificateView(EnterpriseRecord.Certificate certificate, String status, Long daysLeft) {

    /** Half a year: the national application window opens months before the certificates of a batch expire. */
    static final int WARNING_DAYS = 183;
    static final String EXPIRING = "EXPIRING";

    static CertificateView of(EnterpriseRecord.Certificate certificate, LocalDate today) {
        if (certificate.revoked() && (certificate.revokedOn() == null || !certificate.revokedOn().isAfter(today))) {
            return new CertificateView(certificate, "REVOKED", null);
        }
        LocalDate until = certificate.validUntil();
        if (until == null) {
            return new CertificateView(certificate, "VALID", null);
        }
        long days = ChronoUnit.DAYS.between(today, until);
        if (days < 0) {
            return new CertificateView(certificate, "EXPIRED", null);
        }
        return new CertificateView(certificate, days <= WARNING_DAYS ? EXPIRING : "VALID", days);
    }
}
