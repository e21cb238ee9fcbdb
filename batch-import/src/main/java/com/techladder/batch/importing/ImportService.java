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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SyncTaskExecutor;
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

    private final Map<String, Job> jobs;
    private final ImportDefinitions definitions;
    private final ImportRecords records;
    private final ImportProperties properties;
    private final ImportJobListener listener;
    private final JobRepository repository;
    private final JobExplorer explorer;
    private final JdbcTemplate jdbc;
    private final ThreadPoolTaskExecutor importThreads = new ThreadPoolTaskExecutor();
    private final TaskExecutorJobLauncher asyncLauncher = new TaskExecutorJobLauncher();
    private final TaskExecutorJobLauncher syncLauncher = new TaskExecutorJobLauncher();

    public ImportService(List<Job> jobs, ImportDefinitions definitions, ImportRecords records,
            ImportProperties properties, ImportJobListener listener, JobRepository repository, JobExplorer explorer,
            JdbcTemplate jdbc) throws Exception {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.definitions = definitions;
        this.records = records;
        this.properties = properties;
        this.listener = listener;
        this.repository = repository;
        this.explorer = explorer;
        this.jdbc = jdbc;
        // two import threads: the machine has few cores, and further uploads wait in the queue rather than compete
        importThreads.setCorePoolSize(2);
        importThreads.setThreadNamePrefix("import-");
        importThreads.initialize();
        asyncLauncher.setJobRepository(repository);
        asyncLauncher.setTaskExecutor(importThreads);
        asyncLauncher.afterPropertiesSet();
        syncLauncher.setJobRepository(repository);
        syncLauncher.setTaskExecutor(new SyncTaskExecutor());
        syncLauncher.afterPropertiesSet();
    }

    /** Stores {@code content}, checks it and starts its import in the background; answers the import id. */
    public long start(ImportKind kind, String originalFileName, InputStream content, Optional<Charset> encoding,
            String username) throws IOException {
        return launch(kind, originalFileName, content, encoding, username, asyncLauncher);
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
        long importId = launch(kind, originalFileName, content, encoding, username, syncLauncher);
        return find(importId).orElseThrow();
    }

    /** As {@link #importNow(ImportKind, String, InputStream, Optional, String)}, reading from a file. */
    public ImportStatus importNow(ImportKind kind, String originalFileName, Path file, Optional<Charset> encoding,
            String username) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importNow(kind, originalFileName, in, encoding, username);
        }
    }

    public Optional<ImportStatus> find(long importId) {
        return records.find(importId);
    }

    /** Every rejected row of the import as {@code line,column,value,reason}. */
    public void writeRejectionsCsv(long importId, Writer out) throws IOException {
        RejectionsCsv.write(jdbc, importId, out);
    }

    /**
     * Relaunches an interrupted import (crash, lost connection) with its original parameters, in the caller's thread:
     * the committed chunks are kept, the job continues after the last of them. An execution left STARTED by a process
     * that died is first marked FAILED, as Spring Batch requires before a restart.
     */
    public ImportStatus resume(long importId) throws Exception {
        long executionId = records.jobExecutionId(importId)
                .orElseThrow(() -> new IllegalArgumentException("导入 " + importId + " 不存在或尚未启动"));
        JobExecution last = explorer.getJobExecution(executionId);
        if (last.isRunning() && !listener.isRunningHere(executionId)) {
            markCrashed(last);
        }
        JobParameters parameters = last.getJobParameters();
        syncLauncher.run(jobs.get(last.getJobInstance().getJobName()), parameters);
        return find(importId).orElseThrow();
    }

    private void markCrashed(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(now);
        repository.update(execution);
    }

    private long launch(ImportKind kind, String originalFileName, InputStream content, Optional<Charset> encoding,
            String username, TaskExecutorJobLauncher launcher) throws IOException {
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
                username, LocalDateTime.now());
        try {
            launcher.run(jobs.get(kind.jobName()), ImportRun.parameters(importId, stored, encoding.orElse(null)));
        } catch (Exception e) {
            records.failed(importId, new ImportRecords.Counts(0, 0, 0), "导入未能启动：" + e.getMessage(),
                    LocalDateTime.now());
            throw new IllegalStateException("import " + importId + " could not be launched", e);
        }
        return importId;
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
                    throw new ImportFileRejectedException("文件过大：超过上限 " + properties.maxFileSize().toMegabytes() + " MB");
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
