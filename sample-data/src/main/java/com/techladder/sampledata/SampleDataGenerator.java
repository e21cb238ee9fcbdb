package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Fuzhou population in the import contract's format (docs/contracts/import-csv.md): an enterprises
 * file (one row per enterprise and fiscal year, the three years up to {@code latestFiscalYear}) and a certificates
 * file. The same arguments always give the same bytes; memory stays constant however many enterprises are asked
 * for, since each enterprise is generated, written and forgotten.
 *
 * <p>Command line: {@code SampleDataGenerator <enterprises> <seed> <output dir> [latest fiscal year, default 2024]},
 * or {@code SampleDataGenerator fuzhou <output dir>} for the embedded default's first-start registry
 * ({@link FuzhouRegistry}).
 */
public final class SampleDataGenerator {

    /** The committed sample's latest fiscal year: assessment years 2025 and 2026 have data. */
    public static final int DEFAULT_LATEST_FISCAL_YEAR = 2024;
    public static final String ENTERPRISES_FILE = "enterprises.csv";
    public static final String CERTIFICATES_FILE = "certificates.csv";
    /** Up to 31⁶ distinct post-2015 subject codes and 10⁸ numeric ones; keep well inside both. */
    public static final int MAX_ENTERPRISES = 50_000_000;
    private static final int EARLIEST_LATEST_FISCAL_YEAR = 2010;
    private static final long CERTIFICATE_STREAM = 0x5DEECE66DL;
    private static final int BUFFER_CHARS = 1 << 16;
    private static final String FUZHOU_ARGUMENT = "fuzhou";

    private SampleDataGenerator() {
    }

    /** Writes both files (UTF-8, no BOM), replacing existing ones. */
    public static GenerationCounts write(Path enterprisesCsv, Path certificatesCsv, int enterprises, long seed,
            int latestFiscalYear) throws IOException {
        try (Writer e = writer(enterprisesCsv); Writer c = writer(certificatesCsv)) {
            return write(e, c, enterprises, seed, latestFiscalYear);
        }
    }

    /** Writes both files into {@code directory} as {@value #ENTERPRISES_FILE} and {@value #CERTIFICATES_FILE}. */
    public static GenerationCounts writeTo(Path directory, int enterprises, long seed, int latestFiscalYear)
            throws IOException {
        return writeTo(directory, enterprises, seed, latestFiscalYear, RegistryShape.STANDARD);
    }

    static GenerationCounts writeTo(Path directory, int enterprises, long seed, int latestFiscalYear,
            RegistryShape shape) throws IOException {
        Files.createDirectories(directory);
        try (Writer e = writer(directory.resolve(ENTERPRISES_FILE));
                Writer c = writer(directory.resolve(CERTIFICATES_FILE))) {
            return write(e, c, enterprises, seed, latestFiscalYear, shape);
        }
    }

    /** Streams both files to the given writers (not closed); the caller chooses the encoding. */
    public static GenerationCounts write(Writer enterprisesOut, Writer certificatesOut, int enterprises, long seed,
            int latestFiscalYear) throws IOException {
        return write(enterprisesOut, certificatesOut, enterprises, seed, latestFiscalYear, RegistryShape.STANDARD);
    }

    static GenerationCounts write(Writer enterprisesOut, Writer certificatesOut, int enterprises, long seed,
            int latestFiscalYear, RegistryShape shape) throws IOException {
        checkArguments(enterprises, latestFiscalYear);
        EnterpriseFactory factory = new EnterpriseFactory(seed, latestFiscalYear, shape);
        CertificateSource certificates = shape.certificates().apply(latestFiscalYear);
        EnterpriseCsvWriter enterpriseWriter = new EnterpriseCsvWriter(enterprisesOut);
        CertificateCsvWriter certificateWriter = new CertificateCsvWriter(certificatesOut);
        long enterpriseRows = 0;
        long certificateRows = 0;
        for (long index = 0; index < enterprises; index++) {
            SyntheticEnterprise enterprise = factory.create(index);
            enterpriseRows += enterpriseWriter.write(enterprise);
            for (CertificateEntry entry : certificates.entriesFor(enterprise, certificateRandom(seed, index))) {
                certificateWriter.write(entry);
                certificateRows++;
            }
        }
        int listedOnly = 3 + enterprises / 400;
        for (int i = 0; i < listedOnly; i++) {
            long index = (long) enterprises + i;
            SplittableRandom r = certificateRandom(seed, index);
            String uscc = factory.listedOnlyUscc(index, r);
            String name = CompanyNames.name(r, FuzhouDivision.GULOU, Draw.between(r, 1, 8), false, false);
            certificateWriter.write(certificates.listedOnly(uscc, name, i, r));
            certificateRows++;
        }
        enterprisesOut.flush();
        certificatesOut.flush();
        return new GenerationCounts(enterprises, enterpriseRows, certificateRows);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && FUZHOU_ARGUMENT.equals(args[0])) {
            report(() -> FuzhouRegistry.writeTo(Path.of(args[1])), Path.of(args[1]));
            return;
        }
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: SampleDataGenerator <enterprises> <seed> <output dir> [latest fiscal year, default "
                    + DEFAULT_LATEST_FISCAL_YEAR + "] | SampleDataGenerator " + FUZHOU_ARGUMENT + " <output dir>");
            System.exit(2);
        }
        int enterprises = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path directory = Path.of(args[2]);
        int latestFiscalYear = args.length == 4 ? Integer.parseInt(args[3]) : DEFAULT_LATEST_FISCAL_YEAR;
        report(() -> writeTo(directory, enterprises, seed, latestFiscalYear), directory);
    }

    private interface Generation {
        GenerationCounts run() throws IOException;
    }

    private static void report(Generation generation, Path directory) throws IOException {
        long start = System.nanoTime();
        GenerationCounts counts = generation.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d enterprises, %d enterprise rows, %d certificate rows -> %s in %.1f s (%.0f rows/s)%n",
                counts.enterprises(), counts.enterpriseRows(), counts.certificateRows(), directory.toAbsolutePath(),
                seconds, (counts.enterpriseRows() + counts.certificateRows()) / seconds);
    }

    private static void checkArguments(int enterprises, int latestFiscalYear) {
        if (enterprises < 0 || enterprises > MAX_ENTERPRISES) {
            throw new IllegalArgumentException("enterprises must be 0…" + MAX_ENTERPRISES + ", got " + enterprises);
        }
        // a fiscal year is complete only once it has ended; the contract refuses years after the current one
        int lastClosedYear = Year.now().getValue() - 1;
        if (latestFiscalYear < EARLIEST_LATEST_FISCAL_YEAR || latestFiscalYear > lastClosedYear) {
            throw new IllegalArgumentException("latest fiscal year must be " + EARLIEST_LATEST_FISCAL_YEAR + "…"
                    + lastClosedYear + ", got " + latestFiscalYear);
        }
    }

    private static SplittableRandom certificateRandom(long seed, long index) {
        return EnterpriseFactory.randomFor(seed ^ CERTIFICATE_STREAM, index);
    }

    private static Writer writer(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                BUFFER_CHARS);
    }
}
