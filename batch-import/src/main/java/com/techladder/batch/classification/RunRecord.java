package com.techladder.batch.classification;

import com.techladder.rules.model.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A classification run's record ({@code classification_run}), created STARTED and taken through its lifecycle here;
 * read as a {@link ClassificationRun}. Its {@code processed} count grows by one atomic statement per chunk
 * ({@link ClassificationRunRepository#addProcessed}) while the run is in flight, so updates are dynamic: a lifecycle
 * step writes only the columns it changed, never a count it read earlier.
 */
@Entity
@Table(name = "classification_run")
@DynamicUpdate
class RunRecord {

    /** classification_run.message's length. */
    private static final int MESSAGE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int assessmentYear;
    @Enumerated(EnumType.STRING)
    private RunStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger")
    private RunTrigger trigger;
    private String rulesetVersion;
    private String parameterSnapshot;
    private String launchedBy;
    private LocalDateTime startedAt;
    private LocalDateTime finishedAt;
    private int total;
    private int processed;
    private Integer nationalHteCount;
    private Integer provincialHteCount;
    private Integer techSmeCount;
    private Integer noneCount;
    private String message;
    private Integer withoutDataCount;
    private LocalDate assessmentDay;
    private Long registryVersion;

    protected RunRecord() {
        // for JPA
    }

    /** A new run, assessing on its launch day ({@code startedAt}'s date). */
    RunRecord(int assessmentYear, RunTrigger trigger, String rulesetVersion, String parameterSnapshot,
            String launchedBy, LocalDateTime startedAt) {
        this.assessmentYear = assessmentYear;
        this.status = RunStatus.STARTED;
        this.trigger = trigger;
        this.rulesetVersion = rulesetVersion;
        this.parameterSnapshot = parameterSnapshot;
        this.launchedBy = launchedBy;
        this.startedAt = startedAt;
        this.assessmentDay = startedAt.toLocalDate();
    }

    long id() {
        return id;
    }

    int assessmentYear() {
        return assessmentYear;
    }

    /** The registry version a run was launched on; empty for runs launched before versions were recorded. */
    Optional<Long> registryVersion() {
        return Optional.ofNullable(registryVersion);
    }

    void launchedOn(long registryVersion) {
        this.registryVersion = registryVersion;
    }

    void total(int total) {
        this.total = total;
    }

    /** Its job runs (again, on a restart). */
    void started() {
        this.status = RunStatus.STARTED;
        this.finishedAt = null;
        this.message = null;
    }

    /** Closed with the assessments actually written: {@code tiers} per eligible tier, {@code withoutData} of them. */
    void completed(Map<Tier, Integer> tiers, int withoutData, LocalDateTime finishedAt) {
        int written = tiers.values().stream().mapToInt(Integer::intValue).sum();
        this.status = RunStatus.COMPLETED;
        this.finishedAt = finishedAt;
        this.total = written;
        this.processed = written;
        this.nationalHteCount = tiers.getOrDefault(Tier.NATIONAL_HTE, 0);
        this.provincialHteCount = tiers.getOrDefault(Tier.PROVINCIAL_HTE, 0);
        this.techSmeCount = tiers.getOrDefault(Tier.TECH_SME, 0);
        this.noneCount = tiers.getOrDefault(Tier.NONE, 0);
        this.withoutDataCount = withoutData;
    }

    void failed(LocalDateTime finishedAt, String message) {
        this.status = RunStatus.FAILED;
        this.finishedAt = finishedAt;
        this.message = message == null ? null : message.substring(0, Math.min(message.length(), MESSAGE_LENGTH));
    }

    ClassificationRun run() {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        putCount(counts, Tier.NATIONAL_HTE, nationalHteCount);
        putCount(counts, Tier.PROVINCIAL_HTE, provincialHteCount);
        putCount(counts, Tier.TECH_SME, techSmeCount);
        putCount(counts, Tier.NONE, noneCount);
        return new ClassificationRun(id, assessmentYear, status, trigger, rulesetVersion, parameterSnapshot, launchedBy,
                startedAt, finishedAt, total, processed, counts, message, withoutDataCount, assessmentDay);
    }

    private static void putCount(Map<Tier, Integer> counts, Tier tier, Integer count) {
        if (count != null) {
            counts.put(tier, count);
        }
    }
}
