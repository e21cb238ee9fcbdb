package com.techladder.batch.classification;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a profile in the one form its inputs are hashed and stored in: years oldest first, certificates by programme,
 * issue date and number, amounts without trailing zeros (the database returns 8000.0000 where a file said 8000).
 */
public final class CanonicalProfile {

    private static final Comparator<CertificateRecord> CERTIFICATE_ORDER = Comparator
            .comparing(CertificateRecord::programme)
            .thenComparing(CertificateRecord::issuedOn)
            .thenComparing(CertificateRecord::certificateNo, Comparator.nullsFirst(Comparator.naturalOrder()));

    private CanonicalProfile() {
    }

    public static EnterpriseProfile of(EnterpriseProfile profile) {
        List<AccountingYear> years = profile.years().stream()
                .sorted(Comparator.comparingInt(AccountingYear::fiscalYear))
                .toList();
        List<CertificateRecord> certificates = profile.certificates().stream().sorted(CERTIFICATE_ORDER).toList();
        return new EnterpriseProfile(profile.uscc(), profile.name(), profile.district(), profile.inHitechZone(),
                profile.establishedOn(), years, certificates);
    }

    /** The amount without trailing zeros, so equal amounts have one text. */
    public static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
