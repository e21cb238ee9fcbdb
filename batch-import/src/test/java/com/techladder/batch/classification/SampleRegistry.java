package com.techladder.batch.classification;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.sampledata.SampleDataGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample registry for classification tests: the committed sample files ({@code sample-data/*.csv}) when present,
 * else the seeded generator's output, parsed here into profiles (the independent side of the tests) and written
 * straight into the registry tables with JDBC (the side the job reads).
 */
public final class SampleRegistry {

    static final int GENERATED_ENTERPRISES = 1200;
    static final long SEED = 20251127L;
    private static final Path COMMITTED = Path.of("..", "sample-data");
    private static final RecordComponent[] YEAR_COMPONENTS = AccountingYear.class.getRecordComponents();

    private SampleRegistry() {
    }

    /** The sample's enterprises as profiles, every fiscal year and certificate they have, in file order. */
    public static List<EnterpriseProfile> profiles() throws IOException {
        Path enterprises = COMMITTED.resolve(SampleDataGenerator.ENTERPRISES_FILE);
        Path certificates = COMMITTED.resolve(SampleDataGenerator.CERTIFICATES_FILE);
        if (Files.isRegularFile(enterprises) && Files.isRegularFile(certificates)) {
            try (Reader e = Files.newBufferedReader(enterprises, StandardCharsets.UTF_8);
                    Reader c = Files.newBufferedReader(certificates, StandardCharsets.UTF_8)) {
                return parse(e, c);
            }
        }
        StringWriter e = new StringWriter();
        StringWriter c = new StringWriter();
        SampleDataGenerator.write(e, c, GENERATED_ENTERPRISES, SEED, SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR);
        return parse(new StringReader(e.toString()), new StringReader(c.toString()));
    }

    static List<EnterpriseProfile> parse(Reader enterprisesCsv, Reader certificatesCsv) throws IOException {
        Map<String, String[]> identity = new LinkedHashMap<>();
        Map<String, List<AccountingYear>> years = new HashMap<>();
        Map<String, List<CertificateRecord>> certificates = new HashMap<>();
        Map<String, String> listedNames = new LinkedHashMap<>();
        try (CSVReader reader = new CSVReader(enterprisesCsv)) {
            Header h = new Header(reader.readNext());
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                String uscc = h.get(row, "uscc");
                AccountingYear year = year(h, row);
                String[] known = identity.get(uscc);
                // enterprise-level columns come from the newest fiscal year (docs/contracts/import-csv.md)
                if (known == null || Integer.parseInt(known[4]) < year.fiscalYear()) {
                    identity.put(uscc, new String[] {h.get(row, "name"),
                            FuzhouDivision.parse(h.get(row, "district")).orElseThrow().code(),
                            h.get(row, "in_hitech_zone"), h.get(row, "established_on"),
                            Integer.toString(year.fiscalYear())});
                }
                years.computeIfAbsent(uscc, k -> new ArrayList<>()).add(year);
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        try (CSVReader reader = new CSVReader(certificatesCsv)) {
            Header h = new Header(reader.readNext());
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                String uscc = h.get(row, "uscc");
                certificates.computeIfAbsent(uscc, k -> new ArrayList<>()).add(new CertificateRecord(
                        Programme.parse(h.get(row, "programme")), h.get(row, "certificate_no"),
                        date(h.get(row, "issued_on")), date(h.get(row, "valid_until")),
                        Boolean.TRUE.equals(bool(h.get(row, "revoked"))), date(h.get(row, "revoked_on")),
                        h.get(row, "batch")));
                if (!identity.containsKey(uscc)) {
                    listedNames.putIfAbsent(uscc, h.get(row, "name"));
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        List<EnterpriseProfile> profiles = new ArrayList<>();
        identity.forEach((uscc, id) -> profiles.add(new EnterpriseProfile(uscc, id[0], id[1], bool(id[2]), date(id[3]),
                years.get(uscc), certificates.getOrDefault(uscc, List.of()))));
        // enterprises known only from a list: what the row carries, no figures (docs/contracts/import-csv.md)
        listedNames.forEach((uscc, name) -> profiles.add(new EnterpriseProfile(uscc, name, null, null, null, List.of(),
                certificates.get(uscc))));
        return profiles;
    }

    /** Empties the registry and the classification tables (on PostgreSQL the database outlives a test class). */
    public static void clear(JdbcTemplate jdbc) {
        boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
        if (postgres) {
            // TRUNCATE, because the database refuses DELETE on assessment records (they are immutable)
            jdbc.execute("TRUNCATE assessment, classification_run, certificate, accounting_year_history, accounting_year,"
                    + " enterprise, import_issue, data_import CASCADE");
        } else {
            for (String table : new String[] {"assessment", "classification_run", "certificate",
                    "accounting_year_history", "accounting_year", "import_issue", "enterprise", "data_import"}) {
                jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
                jdbc.execute("TRUNCATE TABLE " + table);
                jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL");
    }

    /** Writes the profiles into enterprise, accounting_year and certificate, as an import would have. */
    public static void load(JdbcTemplate jdbc, List<EnterpriseProfile> profiles) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO data_import (kind, file_name, sha256, status, started_by, started_at)"
                + " VALUES ('enterprises', 'sample.csv', ?, 'COMPLETED', 'test', ?)", "0".repeat(64), now);
        long importId = jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class);
        List<Object[]> enterprises = new ArrayList<>();
        List<Object[]> yearRows = new ArrayList<>();
        List<Object[]> certificateRows = new ArrayList<>();
        for (EnterpriseProfile p : profiles) {
            enterprises.add(new Object[] {p.uscc(), p.name(), p.district(), p.inHitechZone(),
                    p.establishedOn() == null ? null : Date.valueOf(p.establishedOn()), now});
            for (AccountingYear y : p.years()) {
                Object[] values = new Object[YEAR_COMPONENTS.length + 4];
                values[0] = p.uscc();
                for (int i = 0; i < YEAR_COMPONENTS.length; i++) {
                    values[i + 1] = component(y, YEAR_COMPONENTS[i]);
                }
                values[YEAR_COMPONENTS.length + 1] = "0".repeat(64);
                values[YEAR_COMPONENTS.length + 2] = importId;
                values[YEAR_COMPONENTS.length + 3] = now;
                yearRows.add(values);
            }
            for (CertificateRecord c : p.certificates()) {
                LocalDate until = c.effectiveValidUntil();
                certificateRows.add(new Object[] {p.uscc(), c.programme().name(),
                        c.certificateNo() != null ? c.certificateNo() : c.issuedOn().toString(), c.certificateNo(),
                        p.name(), Date.valueOf(c.issuedOn()), c.validUntil() == null ? null : Date.valueOf(c.validUntil()),
                        until == null ? null : Date.valueOf(until), c.batch(), c.revoked(),
                        c.revokedOn() == null ? null : Date.valueOf(c.revokedOn()), importId, now});
            }
        }
        jdbc.batchUpdate("INSERT INTO enterprise (uscc, name, district, in_hitech_zone, established_on, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", enterprises);
        jdbc.batchUpdate("INSERT INTO accounting_year (" + AccountingYearRowMapper.COLUMNS
                + ", row_hash, source_import_id, updated_at) VALUES (?" + ", ?".repeat(YEAR_COMPONENTS.length + 3) + ")",
                yearRows);
        jdbc.batchUpdate("INSERT INTO certificate (uscc, programme, certificate_key, certificate_no, name_on_list,"
                + " issued_on, valid_until, effective_valid_until, batch, revoked, revoked_on, row_hash,"
                + " source_import_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '" + "0".repeat(64)
                + "', ?, ?)", certificateRows);
    }

    private static AccountingYear year(Header h, String[] row) {
        Object[] values = new Object[YEAR_COMPONENTS.length];
        for (int i = 0; i < YEAR_COMPONENTS.length; i++) {
            RecordComponent c = YEAR_COMPONENTS[i];
            String text = h.get(row, snake(c.getName()));
            Class<?> type = c.getType();
            if (type == int.class) {
                values[i] = Integer.parseInt(text);
            } else if (text == null) {
                values[i] = null;
            } else if (type == Integer.class) {
                values[i] = c.getName().equals("techField") ? TechField.parse(text).orElseThrow().number()
                        : Integer.valueOf(text);
            } else if (type == BigDecimal.class) {
                values[i] = new BigDecimal(text);
            } else {
                values[i] = bool(text);
            }
        }
        try {
            Class<?>[] types = new Class<?>[YEAR_COMPONENTS.length];
            for (int i = 0; i < types.length; i++) {
                types[i] = YEAR_COMPONENTS[i].getType();
            }
            return AccountingYear.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object component(AccountingYear year, RecordComponent component) {
        try {
            return component.getAccessor().invoke(year);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Boolean bool(String text) {
        return text == null ? null : Boolean.valueOf(text);
    }

    /** Column positions by header name; an empty cell reads as null (missing). */
    private static final class Header {
        private final Map<String, Integer> index = new HashMap<>();

        Header(String[] names) {
            for (int i = 0; i < names.length; i++) {
                index.put(names[i].trim().toLowerCase(), i);
            }
        }

        String get(String[] row, String column) {
            Integer i = index.get(column);
            if (i == null || i >= row.length || row[i].isBlank()) {
                return null;
            }
            return row[i].trim();
        }
    }
}
