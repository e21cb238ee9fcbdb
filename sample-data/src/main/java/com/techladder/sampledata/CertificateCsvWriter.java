package com.techladder.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/** Writes official-list entries in the contract's column order. */
final class CertificateCsvWriter {

    private final Writer out;
    private final CsvRow row = new CsvRow();

    CertificateCsvWriter(Writer out) throws IOException {
        this.out = out;
        CsvRow.writeHeader(out, CsvColumns.CERTIFICATES);
    }

    void write(CertificateEntry c) throws IOException {
        row.text(c.uscc()).text(c.name()).text(c.programme().name()).text(c.certificateNo())
                .text(date(c.issuedOn())).text(date(c.validUntil())).text(c.batch()).bool(c.revoked())
                .text(date(c.revokedOn()))
                .writeTo(out);
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
