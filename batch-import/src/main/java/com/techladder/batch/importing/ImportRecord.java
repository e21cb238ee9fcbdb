package com.techladder.batch.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One uploaded file's import ({@code data_import}): its file, status, counts and message, created STARTED and taken
 * through its lifecycle here. Its lease — {@code owner} and {@code heartbeat_at} — is written once at creation and
 * after that only by {@link ImportRecords}' conditional statements. Dynamic updates write only the columns a
 * lifecycle step changed, so a heartbeat renewed by another thread between this record's read and its flush is
 * never written back with the value read.
 */
@Entity
@Table(name = "data_import")
@DynamicUpdate
class ImportRecord {

    /** data_import.message's length. */
    private static final int MESSAGE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String fileName;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    private String sha256;
    private String encoding;
    private String status;
    private int readCount;
    private int writtenCount;
    private int rejectedCount;
    private int warningCount;
    private String message;
    private String startedBy;
    private LocalDateTime startedAt;
    private LocalDateTime finishedAt;
    private Long jobExecutionId;
    private String owner;
    private LocalDateTime heartbeatAt;

    protected ImportRecord() {
        // for JPA
    }

    /** A new STARTED import, owned by the instance {@code owner}, whose heartbeat starts {@code now}. */
    ImportRecord(ImportKind kind, String fileName, String sha256, String encoding, String startedBy, String owner,
            LocalDateTime now) {
        this.kind = kind.code();
        this.fileName = fileName;
        this.sha256 = sha256;
        this.encoding = encoding;
        this.status = ImportStatus.STARTED;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.owner = owner;
        this.heartbeatAt = now;
    }

    long id() {
        return id;
    }

    ImportKind kind() {
        return ImportKind.parse(kind);
    }

    Optional<Long> jobExecutionId() {
        return Optional.ofNullable(jobExecutionId);
    }

    /** A launch or relaunch of the import's job: STARTED again, linked to the execution. */
    void launched(long jobExecutionId) {
        this.status = ImportStatus.STARTED;
        this.jobExecutionId = jobExecutionId;
        this.finishedAt = null;
    }

    /** The encoding the file check found. */
    void decodedAs(String encoding) {
        this.encoding = encoding;
    }

    void completed(ImportCounts counts, int written, String message, LocalDateTime now) {
        end(ImportStatus.COMPLETED, counts, written, message, now);
    }

    /** Failed: nothing of the file was written, whatever was read. */
    void failed(ImportCounts counts, String message, LocalDateTime now) {
        end(ImportStatus.FAILED, counts, 0, message, now);
    }

    private void end(String status, ImportCounts counts, int written, String message, LocalDateTime now) {
        this.status = status;
        this.readCount = counts.read();
        this.writtenCount = written;
        this.rejectedCount = counts.rejected();
        this.warningCount = counts.warnings();
        this.message = message != null && message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH)
                : message;
        this.finishedAt = now;
    }

    /** The import as the HTTP contract reports it. */
    ImportStatus report() {
        return new ImportStatus(id, kind, fileName, sha256, status, readCount, writtenCount, rejectedCount,
                warningCount, message, encoding, startedBy, startedAt, finishedAt);
    }
}
