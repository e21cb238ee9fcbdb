package com.techladder.sampledata;

import com.techladder.rules.model.Programme;
import java.time.LocalDate;

/** One row of the certificates file; null fields are written as empty (optional) cells. */
record CertificateEntry(
        String uscc,
        String name,
        Programme programme,
        String certificateNo,
        LocalDate issuedOn,
        LocalDate validUntil,
        String batch,
        Boolean revoked,
        LocalDate revokedOn) {
}
