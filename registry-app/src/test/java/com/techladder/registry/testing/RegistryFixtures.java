package com.techladder.registry.testing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

import com.techladder.rules.identity.Uscc;

/**
 * Writes registry rows straight into the tables, for API tests that must not depend on the import jobs. On PostgreSQL
 * the database outlives a test class, so {@link #clearRegistry()} first.
 */
public final class RegistryFixtures {

    private final JdbcTemplate jdbc;

    public RegistryFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A valid USCC whose first 17 characters are {@code 91350102MA} + the 7-digit {@code serial}. */
    public static String uscc(int serial) {
        String first17 = "91350102MA" + String.format("%07d", serial);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** Empties the registry tables (imports, issues, enterprises, years, certificates), children first. */
    public void clearRegistry() {
        for (String table : new String[] {"certificate", "accounting_year_history", "accounting_year", "import_issue"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE enterprise SET source_import_id = NULL");
        jdbc.update("DELETE FROM enterprise");
        jdbc.update("DELETE FROM data_import");
        registryChanged();
    }

    /**
     * What an import merge does besides writing: advances the registry's version, so figures remembered for the old
     * registry (the dashboard's, plan.RegistryMemo) are not served for the rows a fixture wrote behind its back.
     */
    public void registryChanged() {
        jdbc.update("UPDATE import_merge_lock SET registry_version = registry_version + 1 WHERE id = 1");
    }

    public long anImport() {
        jdbc.update("INSERT INTO data_import (kind, file_name, sha256, status, started_by, started_at)"
                + " VALUES ('enterprises', 'fixture.csv', ?, 'COMPLETED', 'test', ?)",
                "0".repeat(64), Timestamp.valueOf(LocalDateTime.now()));
        return jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class);
    }

    public void enterprise(String uscc, String name, String district, LocalDate establishedOn) {
        jdbc.update("INSERT INTO enterprise (uscc, name, district, in_hitech_zone, established_on, profile_fiscal_year,"
                + " updated_at) VALUES (?, ?, ?, TRUE, ?, 2024, ?)",
                uscc, name, district, Date.valueOf(establishedOn), Timestamp.valueOf(LocalDateTime.now()));
        registryChanged();
    }

    /** A year with the required figures and one optional amount; everything else missing. */
    public void year(String uscc, int fiscalYear, int employees, int techStaff, String revenue, String rdExpense,
            long importId) {
        jdbc.update("INSERT INTO accounting_year (uscc, fiscal_year, employees, tech_staff, revenue, total_assets,"
                + " rd_expense, tech_field, above_scale, row_hash, source_import_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 5000, ?, 1, TRUE, ?, ?, ?)",
                uscc, fiscalYear, employees, techStaff, new BigDecimal(revenue), new BigDecimal(rdExpense),
                "0".repeat(64), importId, Timestamp.valueOf(LocalDateTime.now()));
        registryChanged();
    }

    public void nationalHteCertificate(String uscc, String certificateNo, LocalDate issuedOn, long importId) {
        jdbc.update("INSERT INTO certificate (uscc, programme, certificate_key, certificate_no, name_on_list, issued_on,"
                + " effective_valid_until, batch, revoked, row_hash, source_import_id, updated_at)"
                + " VALUES (?, 'NATIONAL_HTE', ?, ?, '名单上的名称', ?, ?, '2023年第一批', FALSE, ?, ?, ?)",
                uscc, certificateNo, certificateNo, Date.valueOf(issuedOn),
                Date.valueOf(issuedOn.plusYears(3).minusDays(1)), "0".repeat(64), importId,
                Timestamp.valueOf(LocalDateTime.now()));
        registryChanged();
    }
}
