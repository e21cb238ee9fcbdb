package com.techladder.batch.classification;

import com.techladder.rules.record.RecordColumn;
import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.sampledata.CsvColumns;
import com.techladder.sampledata.SampleDataGenerator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A generated registry of benchmark size on PostgreSQL: the seeded generator's files loaded with COPY into staging
 * tables and moved into the registry tables with set-based SQL (minutes for a million firms; the benchmarks do not
 * time it). Shared by the classification and simulation benchmarks.
 */
public final class GeneratedRegistry {

    private GeneratedRegistry() {
    }

    /** Generates {@code enterprises} firms from {@code seed} and loads them with COPY (the registry emptied first by the caller). */
    public static void generateAndLoad(JdbcTemplate jdbc, DataSource dataSource, int enterprises, long seed)
            throws Exception {
        Path directory = Files.createTempDirectory("classification-benchmark");
        try {
            long t0 = System.nanoTime();
            SampleDataGenerator.writeTo(directory, enterprises, seed, SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR);
            long t1 = System.nanoTime();
            load(jdbc, dataSource, directory);
            long t2 = System.nanoTime();
            System.out.printf("generated %,d enterprises in %.1f s, loaded with COPY in %.1f s%n", enterprises,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    /** COPY the generated files into staging tables, then set-based SQL into the registry tables. */
    private static void load(JdbcTemplate jdbc, DataSource dataSource, Path directory) throws Exception {
        jdbc.execute("DROP TABLE IF EXISTS bench_enterprises, bench_certificates");
        jdbc.execute(staging("bench_enterprises", CsvColumns.ENTERPRISES));
        jdbc.execute(staging("bench_certificates", CsvColumns.CERTIFICATES));
        copy(dataSource, "bench_enterprises", directory.resolve(SampleDataGenerator.ENTERPRISES_FILE));
        copy(dataSource, "bench_certificates", directory.resolve(SampleDataGenerator.CERTIFICATES_FILE));
        jdbc.update("INSERT INTO data_import (kind, file_name, sha256, status, started_by, started_at)"
                + " VALUES ('enterprises', 'benchmark', ?, 'COMPLETED', 'benchmark', now())", "0".repeat(64));
        long importId = jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class);
        String district = Arrays.stream(FuzhouDivision.values())
                .map(d -> "WHEN '" + d.nameZh() + "' THEN '" + d.code() + "'")
                .collect(Collectors.joining(" ", "CASE district ", " ELSE district END"));
        String techField = Arrays.stream(TechField.values())
                .map(f -> "WHEN '" + f.nameZh() + "' THEN " + f.number())
                .collect(Collectors.joining(" ", "CASE tech_field ", " ELSE tech_field::smallint END"));
        jdbc.execute("INSERT INTO enterprise (uscc, name, district, in_hitech_zone, established_on, profile_fiscal_year,"
                + " source_import_id, updated_at) SELECT DISTINCT ON (uscc) uscc, name, " + district + ","
                + " in_hitech_zone::boolean, established_on::date, fiscal_year::int, " + importId + ", now()"
                + " FROM bench_enterprises ORDER BY uscc, fiscal_year::int DESC");
        String columns = String.join(", ", CsvColumns.ENTERPRISES.subList(5, CsvColumns.ENTERPRISES.size()));
        String values = CsvColumns.ENTERPRISES.subList(5, CsvColumns.ENTERPRISES.size()).stream()
                .map(c -> c.equals("tech_field") ? techField : "NULLIF(" + c + ", '')::" + sqlType(c))
                .collect(Collectors.joining(", "));
        jdbc.execute("INSERT INTO accounting_year (uscc, " + columns + ", row_hash, source_import_id, updated_at)"
                + " SELECT uscc, " + values + ", '" + "0".repeat(64) + "', " + importId + ", now() FROM bench_enterprises");
        jdbc.execute("INSERT INTO enterprise (uscc, name, updated_at) SELECT DISTINCT ON (uscc) uscc, name, now()"
                + " FROM bench_certificates c WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = c.uscc)");
        jdbc.execute("INSERT INTO certificate (uscc, programme, certificate_key, certificate_no, name_on_list, issued_on,"
                + " valid_until, batch, revoked, revoked_on, row_hash, source_import_id, updated_at)"
                + " SELECT uscc, programme, COALESCE(NULLIF(certificate_no, ''), issued_on), NULLIF(certificate_no, ''),"
                + " name, issued_on::date, NULLIF(valid_until, '')::date, NULLIF(batch, ''),"
                + " COALESCE(NULLIF(revoked, '')::boolean, FALSE), NULLIF(revoked_on, '')::date, '" + "0".repeat(64)
                + "', " + importId + ", now() FROM bench_certificates ON CONFLICT DO NOTHING");
        jdbc.execute("DROP TABLE bench_enterprises, bench_certificates");
        jdbc.execute("ANALYZE enterprise");
        jdbc.execute("ANALYZE accounting_year");
        jdbc.execute("ANALYZE certificate");
    }

    private static String staging(String table, List<String> columns) {
        return "CREATE UNLOGGED TABLE " + table + " ("
                + columns.stream().map(c -> c + " TEXT").collect(Collectors.joining(", ")) + ")";
    }

    private static void copy(DataSource dataSource, String table, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
    }

    /** A per-year column's SQL type, read from the record contract (a column added there needs nothing here). */
    private static String sqlType(String column) {
        RecordColumn declared = RecordColumn.all().stream().filter(c -> c.csvName().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a column of the record contract: " + column));
        return switch (declared.type()) {
            case FISCAL_YEAR, COUNT, SCORE -> "int";
            case AMOUNT, SIGNED_AMOUNT -> "numeric";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            default -> throw new IllegalArgumentException(column + " is not a figure of a year: " + declared.type());
        };
    }
}
