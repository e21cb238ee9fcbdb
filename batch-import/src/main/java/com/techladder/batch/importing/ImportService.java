package com.techladder.batch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The facade registry-app calls to import CSV files: stores the upload under {@code techladder.import.staging-dir},
 * computes its SHA-256, refuses a file-level problem at once ({@link ImportFileRejectedException}, HTTP 400) and runs
 * the kind's job — asynchronously ({@link #start}) or in the caller's thread ({@link #importNow}, for the sample data
 * on first start and tests).
 */
@Service
public class ImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int LAUNCH_ATTEMPTS = 3;

    private final Map<String, Job> jobs;
    private final ImportDefinitions definitions;
    private final ImportRecords records;
    private final ImportProperties properties;
    private final JdbcTemplate jdbc;
    private final ImportRecovery recovery;
    private final ThreadPoolTaskExecutor importThreads = new ThreadPoolTaskExecutor();
    private final TaskExecutorJobOperator asyncOperator = new TaskExecutorJobOperator();
    private final TaskExecutorJobOperator syncOperator = new TaskExecutorJobOperator();

    public ImportService(List<Job> jobs, ImportDefinitions definitions, ImportRecords records,
            ImportProperties properties, JobRepository repository, JdbcTemplate jdbc, ImportRecovery recovery)
            throws Exception {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.definitions = definitions;
        this.records = records;
        this.properties = properties;
        this.jdbc = jdbc;
        this.recovery = recovery;
        // two import threads: the machine has few cores, and further uploads wait in the queue rather than compete
        importThreads.setCorePoolSize(2);
        importThreads.setThreadNamePrefix("import-");
        importThreads.initialize();
        // the operators start the jobs they are handed: their registry (for launches by job name) stays empty
        asyncOperator.setJobRepository(repository);
        asyncOperator.setJobRegistry(new MapJobRegistry());
        asyncOperator.setTaskExecutor(importThreads);
        asyncOperator.afterPropertiesSet();
        syncOperator.setJobRepository(repository);
        syncOperator.setJobRegistry(new MapJobRegistry());
        syncOperator.setTaskExecutor(new SyncTaskExecutor());
        syncOperator.afterPropertiesSet();
    }

    /** Stores {@code content}, checks it and starts its import in the background; answers the import id. */
    public long start(ImportKind kind, String originalFileName, InputStream content, Optional<Charset> encoding,
            String username) throws IOException {
        return launch(kind, originalFileName, content, encoding, username, asyncOperator);
    }

    /** As {@link #start(ImportKind, String, InputStream, Optional, String)}, reading the upload from a file. */
    public long start(ImportKind kind, String originalFileName, Path file, Optional<Charset> encoding, String username)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return start(kind, originalFileName, in, encoding, username);
        }
    }

    /** Imports in the caller's thread and answers the final status (COMPLETED, or FAILED with its message). */
    public ImportStatus importNow(ImportKind kind, String originalFileName, InputStream content,
            Optional<Charset> encoding, String username) throws IOException {
        long importId = launch(kind, originalFileName, content, encoding, username, syncOperator);
        return find(importId).orElseThrow();
    }

    /** As {@link #importNow(ImportKind, String, InputStream, Optional, String)}, reading from a file. */
    public ImportStatus importNow(ImportKind kind, String originalFileName, Path file, Optional<Charset> encoding,
            String username) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importNow(kind, originalFileName, in, encoding, username);
        }
    }

    /** The newest imports, newest first: the console's lists. */
    public List<ImportStatus> newest(int limit) {
        return records.newest(limit);
    }

    public Optional<ImportStatus> find(long importId) {
        return records.find(importId);
    }

    /** Every rejected row of the import as {@code line,column,value,reason}, each reason as stored (a message code). */
    public void writeRejectionsCsv(long importId, Writer out) throws IOException {
        writeRejectionsCsv(importId, out, UnaryOperator.identity());
    }

    /** As above, each stored reason in the reader's words ({@code reasons}: registry-app's rendering of codes). */
    public void writeRejectionsCsv(long importId, Writer out, UnaryOperator<String> reasons) throws IOException {
        RejectionsCsv.write(jdbc, importId, out, reasons);
    }

    private long launch(ImportKind kind, String originalFileName, InputStream content, Optional<Charset> encoding,
            String username, TaskExecutorJobOperator operator) throws IOException {
        ImportDefinition definition = definitions.of(kind);
        Files.createDirectories(properties.stagingDir());
        Path stored = properties.stagingDir().resolve(UUID.randomUUID() + ".csv");
        String sha256;
        try {
            sha256 = copy(content, stored);
            ImportFileCheck.check(stored, definition, encoding.orElse(null), properties.maxFileSize());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
        long importId = records.create(kind, originalFileName, sha256, encoding.map(Charset::name).orElse(null),
                username, recovery.owner(), LocalDateTime.now());
        JobParameters parameters = ImportRun.parameters(importId, stored, encoding.orElse(null));
        try {
            runRetryingTransientFailures(operator, jobs.get(kind.jobName()), parameters);
        } catch (Exception e) {
            log.error("Import {} could not be launched", importId, e);
            records.failed(importId, ImportCounts.NONE, ImportLaunchException.MESSAGE.stored(),
                    LocalDateTime.now());
            Files.deleteIfExists(stored);
            throw new ImportLaunchException(importId, e);
        }
        return importId;
    }

    /**
     * Creating the job execution can lose a race with another instance's transaction (a serialization failure or a
     * deadlock on PostgreSQL); nothing was created then, and launching again is safe.
     */
    private static void runRetryingTransientFailures(TaskExecutorJobOperator operator, Job job, JobParameters parameters)
            throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                operator.start(job, parameters);
                return;
            } catch (ConcurrencyFailureException e) {
                if (attempt == LAUNCH_ATTEMPTS) {
                    throw e;
                }
                log.info("Launching an import lost a race (attempt {}), retried: {}", attempt, e.getMessage());
                Thread.sleep(50L * attempt);
            }
        }
    }

    /** Copies the upload, refusing it as soon as it grows past the size limit; answers its SHA-256. */
    private String copy(InputStream content, Path target) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long limit = properties.maxFileSize().toBytes();
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new ImportFileRejectedException("import.file.overLimit", properties.maxFileSize().toMegabytes());
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public void destroy() {
        importThreads.shutdown();
    }
}
