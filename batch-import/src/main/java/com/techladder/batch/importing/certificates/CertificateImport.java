package com.techladder.batch.importing.certificates;

import static com.techladder.batch.importing.MergeSql.assignments;
import static com.techladder.batch.importing.MergeSql.list;
import static com.techladder.batch.importing.MergeSql.qualified;

import com.techladder.batch.importing.CellParser;
import com.techladder.batch.importing.ImportDefinition;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ParsedRow;
import com.techladder.batch.importing.SqlType;
import com.techladder.batch.importing.StagingColumn;
import com.techladder.batch.text.Message;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The certificates file (证书/名单, docs/contracts/import-csv.md, certificates): one row per entry of an official list, key
 * (uscc, programme, certificate_no or, when absent, issued_on). An enterprise the registry does not know yet is
 * created from the row (its name on the list; district unknown until an enterprises file names it).
 */
@Component
public class CertificateImport implements ImportDefinition {

    static final String STAGING = "import_staging_certificate";
    /**
     * 国家高企 certificate numbers: GR + year + 35 (福建) + serial (docs/policy/national-hte.md); a mismatch is a warning. The
     * criteria text says a 5-digit serial but its own 14-character example (GR202035001234) has 6: both are accepted.
     */
    private static final Pattern FUJIAN_HTE_NUMBER = Pattern.compile("GR\\d{4}35\\d{5,6}");
    /** The row's rules, as codes (registry-app's bundles say them): args (valid until, issued on). */
    static final String VALID_UNTIL_BEFORE_ISSUE = "import.text.validUntil";
    /** args (revoked on, issued on). */
    static final String REVOKED_BEFORE_ISSUE = "import.text.revokedOn";
    static final Message REVOKED_ON_WITHOUT_REVOKED = Message.of("import.text.revokedOnWithoutRevoked");
    /** A warning: the row is imported. */
    static final Message UNUSUAL_HTE_NUMBER = Message.of("import.text.certificateNo");
    private static final List<StagingColumn> DERIVED = List.of(
            new StagingColumn("certificate_key", SqlType.TEXT),
            new StagingColumn("effective_valid_until", SqlType.DATE));
    private static final List<String> CERTIFICATE_COLUMNS = List.of("uscc", "programme", "certificate_key",
            "certificate_no", "name_on_list", "issued_on", "valid_until", "effective_valid_until", "batch", "revoked",
            "revoked_on", "row_hash", "source_import_id", "source_line");

    private final String enterpriseInsert;
    private final String certificateMerge;

    public CertificateImport() {
        this.enterpriseInsert = "INSERT INTO enterprise (uscc, name, source_import_id, updated_at) "
                + "SELECT uscc, name, ?, ? FROM (SELECT s.uscc, s.name, ROW_NUMBER() OVER (PARTITION BY s.uscc "
                + "ORDER BY s.line DESC) AS rn FROM " + STAGING + " s WHERE s.import_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM enterprise e WHERE e.uscc = s.uscc)) t WHERE rn = 1";
        // a revocation date without 是否撤销 means revoked
        String source = "SELECT s.uscc, s.programme, s.certificate_key, s.certificate_no, s.name AS name_on_list, "
                + "s.issued_on, s.valid_until, s.effective_valid_until, s.batch, "
                + "COALESCE(s.revoked, s.revoked_on IS NOT NULL) AS revoked, s.revoked_on, s.row_hash, "
                + "s.import_id AS source_import_id, s.line AS source_line FROM " + STAGING + " s WHERE s.import_id = ?";
        this.certificateMerge = "MERGE INTO certificate c USING (" + source + ") s ON (c.uscc = s.uscc AND "
                + "c.programme = s.programme AND c.certificate_key = s.certificate_key) "
                + "WHEN MATCHED AND c.row_hash <> s.row_hash THEN UPDATE SET "
                + assignments("s", CERTIFICATE_COLUMNS.subList(3, CERTIFICATE_COLUMNS.size())) + ", updated_at = ? "
                + "WHEN NOT MATCHED THEN INSERT (" + list(CERTIFICATE_COLUMNS) + ", updated_at) VALUES ("
                + qualified("s", CERTIFICATE_COLUMNS) + ", ?)";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CERTIFICATES;
    }

    @Override
    public List<CertificateColumn> columns() {
        return List.of(CertificateColumn.values());
    }

    @Override
    public List<StagingColumn> derivedColumns() {
        return DERIVED;
    }

    @Override
    public String stagingTable() {
        return STAGING;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("uscc", "programme", "certificate_key");
    }

    @Override
    public void checkRow(ParsedRow row, CellParser cells) {
        String programmeCode = row.get(CertificateColumn.PROGRAMME);
        String number = row.get(CertificateColumn.CERTIFICATE_NO);
        LocalDate issuedOn = row.get(CertificateColumn.ISSUED_ON);
        LocalDate validUntil = row.get(CertificateColumn.VALID_UNTIL);
        Boolean revoked = row.get(CertificateColumn.REVOKED);
        LocalDate revokedOn = row.get(CertificateColumn.REVOKED_ON);
        if (issuedOn != null && validUntil != null && validUntil.isBefore(issuedOn)) {
            row.reject(CertificateColumn.VALID_UNTIL, Message.of(VALID_UNTIL_BEFORE_ISSUE, validUntil, issuedOn));
        }
        if (issuedOn != null && revokedOn != null && revokedOn.isBefore(issuedOn)) {
            row.reject(CertificateColumn.REVOKED_ON, Message.of(REVOKED_BEFORE_ISSUE, revokedOn, issuedOn));
        }
        if (Boolean.FALSE.equals(revoked) && revokedOn != null) {
            row.reject(CertificateColumn.REVOKED_ON, REVOKED_ON_WITHOUT_REVOKED);
        }
        if (Programme.NATIONAL_HTE.name().equals(programmeCode) && number != null
                && !FUJIAN_HTE_NUMBER.matcher(number).matches()) {
            row.warn(CertificateColumn.CERTIFICATE_NO, UNUSUAL_HTE_NUMBER);
        }
        if (programmeCode == null || issuedOn == null || row.rejected()) {
            return;
        }
        CertificateRecord certificate = new CertificateRecord(Programme.valueOf(programmeCode), number, issuedOn,
                validUntil, Boolean.TRUE.equals(revoked), revokedOn, row.get(CertificateColumn.BATCH));
        row.setDerived(columns(), 0, number != null ? number : issuedOn.toString());
        row.setDerived(columns(), 1, certificate.effectiveValidUntil());
    }

    @Override
    public int merge(long importId, JdbcTemplate jdbc, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        jdbc.update(enterpriseInsert, importId, at, importId);
        int written = jdbc.update(certificateMerge, importId, at, at);
        // certificates keep no row history: the staged rows have served their purpose
        jdbc.update("DELETE FROM " + STAGING + " WHERE import_id = ?", importId);
        return written;
    }
}
