package com.techladder.registry.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.sampledata.FuzhouRegistry;
import com.techladder.sampledata.GenerationCounts;

/**
 * First start of the embedded default: an empty registry is filled with the Fuzhou registry — generated from a fixed
 * seed at Fuzhou's published scale ({@link FuzhouRegistry}, sample-data/README.md) — or, when
 * {@code techladder.sample-data.directory} names one, with that directory's {@code enterprises.csv} and
 * {@code certificates.csv}. Either way through the same {@link ImportService} as an upload, so the demo shows the real
 * path (report, history, rejections). Runs before the demo accounts are made, which need the enterprises.
 */
@Component
@Order(SampleDataImport.ORDER)
@EnableConfigurationProperties(SampleDataProperties.class)
public class SampleDataImport implements ApplicationRunner {

    /** Before the account bootstrap (order 200). */
    public static final int ORDER = 100;
    /** Enterprises first: a certificate of an unknown enterprise would create it with its name only. */
    static final List<ImportKind> ORDERED_KINDS = List.of(ImportKind.ENTERPRISES, ImportKind.CERTIFICATES);
    static final String STARTED_BY = "system:first-start";
    private static final Logger log = LoggerFactory.getLogger(SampleDataImport.class);

    private final ImportService imports;
    private final JdbcTemplate jdbc;
    private final SampleDataProperties properties;

    SampleDataImport(ImportService imports, JdbcTemplate jdbc, SampleDataProperties properties) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.importOnFirstStart() || !registryIsEmpty()) {
            return;
        }
        if (properties.directory() != null) {
            importAll(properties.directory());
        } else {
            importFuzhouRegistry();
        }
    }

    /**
     * Generates the Fuzhou registry into a temporary directory (about 15 MB, a few seconds), imports it and deletes the
     * files again: the import keeps its own copy. Generating beats committing tens of MB of CSV that only mirror a seed.
     */
    private List<ImportStatus> importFuzhouRegistry() throws IOException {
        Path directory = Files.createTempDirectory("techladder-fuzhou-");
        try {
            long started = System.nanoTime();
            GenerationCounts counts = FuzhouRegistry.writeTo(directory);
            log.info("Fuzhou sample registry generated: {} enterprises, {} enterprise rows, {} certificates in {} ms",
                    counts.enterprises(), counts.enterpriseRows(), counts.certificateRows(),
                    (System.nanoTime() - started) / 1_000_000);
            return importAll(directory);
        } finally {
            deleteTree(directory);
        }
    }

    /**
     * Imports {@code <directory>/enterprises.csv} then {@code certificates.csv}, in this thread; answers the final
     * status of each file found. A missing directory is logged, not fatal: the registry can still be filled by upload.
     */
    public List<ImportStatus> importAll(Path directory) throws IOException {
        List<ImportStatus> results = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            log.warn("Sample data directory {} not found: the registry starts empty", directory.toAbsolutePath());
            return results;
        }
        for (ImportKind kind : ORDERED_KINDS) {
            Path file = directory.resolve(kind.code() + ".csv");
            if (!Files.isRegularFile(file)) {
                log.warn("Sample file {} not found, skipped", file.toAbsolutePath());
                continue;
            }
            long started = System.nanoTime();
            ImportStatus status = imports.importNow(kind, file.getFileName().toString(), file, Optional.empty(),
                    STARTED_BY);
            log.info("Sample {} imported: {} (read {}, written {}, rejected {}) in {} ms", kind.code(),
                    status.status(), status.read(), status.written(), status.rejected(),
                    (System.nanoTime() - started) / 1_000_000);
            if (!ImportStatus.COMPLETED.equals(status.status())) {
                log.error("Sample {} import did not complete: {}", kind.code(), status.message());
            }
            results.add(status);
        }
        return results;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private boolean registryIsEmpty() {
        Integer any = jdbc.query("SELECT 1 FROM enterprise FETCH FIRST 1 ROWS ONLY", rs -> rs.next() ? 1 : null);
        return any == null;
    }
}
