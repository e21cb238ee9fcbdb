package com.techladder.sampledata;

import com.techladder.rules.record.RecordColumn;
import java.util.List;

/** The canonical English headers of both import files, in the order of docs/contracts/import-csv.md. */
public final class CsvColumns {

    /** Enterprise annual data (§1 of the contract): one row per enterprise and 会计年度, as rules' RecordColumn. */
    public static final List<String> ENTERPRISES = RecordColumn.all().stream().map(RecordColumn::csvName).toList();

    /** Certificates from official lists (§2 of the contract): one row per certificate or list entry. */
    public static final List<String> CERTIFICATES = List.of(
            "uscc", "name", "programme", "certificate_no", "issued_on", "valid_until", "batch", "revoked", "revoked_on");

    private CsvColumns() {
    }
}
