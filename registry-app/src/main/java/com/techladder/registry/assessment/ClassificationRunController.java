package com.techladder.registry.assessment;

import com.techladder.registry.system.MessageWords;
import com.techladder.registry.system.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.ReplayReport;
import com.techladder.batch.assessment.RunDiff;
import com.techladder.batch.assessment.StoredAssessment;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.batch.classification.RunStatus;
import tools.jackson.databind.node.ObjectNode;
import com.techladder.registry.audit.AuditLog;
import com.techladder.rules.model.RecordBounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Classification runs (docs/contracts/http-api.md): staff launch them, everyone with registry access follows them, auditors replay,
 * compare and export them. Nothing here changes a run's records: there is no PUT, PATCH or DELETE.
 */
@RestController
@RequestMapping("/api/v1/classification-runs")
class ClassificationRunController {

    private static final String READERS = "hasAnyRole('STAFF','AUDITOR','ADMIN')";
    private static final String LAUNCHERS = "hasAnyRole('STAFF','ADMIN')";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** results.xlsx by default: headers in words, names instead of codes (in the caller's language). */
    static final String READABLE = "readable";
    /** results.xlsx?columns=contract: the contract's columns and codes, as results.csv. */
    static final String CONTRACT = "contract";

    private final RunLauncher launcher;
    private final Assessments assessments;
    private final ResultsExport export;
    private final AuditLog auditLog;
    private final MessageSource messages;

    ClassificationRunController(RunLauncher launcher, Assessments assessments, ResultsExport export,
            AuditLog auditLog, MessageSource messages) {
        this.messages = messages;
        this.launcher = launcher;
        this.assessments = assessments;
        this.export = export;
        this.auditLog = auditLog;
    }

    // bundle keys, filled by Bean Validation from the message bundles ({min}/{max}: the annotation's bounds)
    private static final String EARLIEST_YEAR = "{api.run.earliestYear}";
    private static final String LATEST_YEAR = "{api.run.latestYear}";

    record LaunchRequest(@NotNull(message = "{api.run.yearRequired}") @Min(value = RecordBounds.FIRST_YEAR, message = EARLIEST_YEAR)
            @Max(value = RecordBounds.LAST_YEAR, message = LATEST_YEAR) Integer assessmentYear) {
    }

    /**
     * A data-less year is still launched (clients written before the check keep working), but the answer then carries
     * a {@code warning}: most enterprises have no accounting year Y−1, so most results will be 资料不足.
     */
    @PostMapping
    @PreAuthorize(LAUNCHERS)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> launch(@Valid @RequestBody LaunchRequest request) {
        DataCoverage coverage = launcher.coverage(request.assessmentYear());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", Long.toString(launcher.launch(request.assessmentYear())));
        if (coverage.mostlyWithoutData()) {
            body.put("warning", Map.of("code", "MOSTLY_WITHOUT_DATA", "enterprises", coverage.enterprises(),
                    "withoutData", coverage.withoutData(), "dataYear", launcher.defaultYear(),
                    "detail", messages.getMessage("api.run.mostlyWithoutData", new Object[] {coverage.withoutData(),
                            coverage.enterprises(), request.assessmentYear() - 1}, LocaleContextHolder.getLocale())));
        }
        return body;
    }

    /** Continues a run that failed or whose instance died, after its last committed chunk. */
    @PostMapping("/{runId}/restart")
    @PreAuthorize(LAUNCHERS)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> restart(@PathVariable long runId) {
        if (run(runId).status() == RunStatus.COMPLETED) {
            throw Problems.status(HttpStatus.CONFLICT, "api.run.completed", runId);
        }
        launcher.restart(runId);
        return Map.of("runId", Long.toString(runId));
    }

    @GetMapping
    @PreAuthorize(READERS)
    List<RunView> list(@RequestParam(required = false) @Min(value = RecordBounds.FIRST_YEAR, message = EARLIEST_YEAR)
            @Max(value = RecordBounds.LAST_YEAR, message = LATEST_YEAR) Integer assessmentYear,
            @RequestParam(defaultValue = "50") int limit) {
        LocalDateTime now = LocalDateTime.now();
        return assessments.runs(assessmentYear, Math.max(1, Math.min(limit, 500))).stream().map(r -> RunView.of(r, now, this::say)).toList();
    }

    @GetMapping("/{runId}")
    @PreAuthorize(READERS)
    RunView get(@PathVariable long runId) {
        return RunView.of(run(runId), LocalDateTime.now(), this::say);
    }

    @PostMapping("/{runId}/replay")
    @PreAuthorize(READERS)
    ReplayReport replay(@PathVariable long runId) {
        ReplayReport report = assessments.replay(completedRun(runId));
        auditLog.record("CLASSIFICATION_RUN_REPLAYED", target(runId), "{\"compared\":" + report.compared()
                + ",\"differing\":" + report.differing() + "}");
        return report;
    }

    @GetMapping("/{a}/diff/{b}")
    @PreAuthorize(READERS)
    RunDiff.Report diff(@PathVariable long a, @PathVariable long b,
            @RequestParam(defaultValue = "" + RunDiff.DEFAULT_LIMIT) int limit,
            @RequestParam(defaultValue = "0") int offset) {
        // a page of entries: each carries its changed criteria, so a page of 100,000 was hundreds of megabytes
        return assessments.diff(completedRun(a), completedRun(b), Math.max(1, Math.min(limit, RunDiff.DEFAULT_LIMIT)),
                Math.max(0, offset), RunDiff.Filter.NONE);
    }

    @GetMapping("/{runId}/results.csv")
    @PreAuthorize(READERS)
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long runId) {
        completedRun(runId);
        auditLog.record("RESULTS_EXPORTED", target(runId), "{\"format\":\"csv\"}");
        return download(runId, "csv", CSV, out -> export.csv(runId, out));
    }

    @GetMapping("/{runId}/results.xlsx")
    @PreAuthorize(READERS)
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long runId,
            @RequestParam(defaultValue = READABLE) String columns, Locale locale) {
        completedRun(runId);
        boolean contract = CONTRACT.equals(columns);
        auditLog.record("RESULTS_EXPORTED", target(runId), "{\"format\":\"xlsx\"" + (contract ? ",\"columns\":\"contract\"" : "") + "}");
        return download(runId, "xlsx", XLSX,
                out -> {
                    if (contract) {
                        export.xlsx(runId, out);
                    } else {
                        export.readableXlsx(runId, out, locale);
                    }
                });
    }

    /**
     * The decision trace of one enterprise in any run: the stored result, the inputs it was computed from, their hash,
     * and the run's status — a record of a run that has not completed (still running, or failed) says so
     * ({@code official: false} and a notice), so that it is never taken for the enterprise's current assessment.
     */
    @GetMapping("/{runId}/assessments/{uscc}")
    @PreAuthorize(READERS)
    ObjectNode assessment(@PathVariable long runId, @PathVariable String uscc) {
        ClassificationRun run = run(runId);
        StoredAssessment stored = assessments.find(runId, uscc.trim().toUpperCase())
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.run.noEnterprise", runId, uscc));
        return AssessmentResponses.withRunStatus(AssessmentResponses.decisionTrace(stored), run);
    }

    private String say(String stored) {
        return MessageWords.of(messages).stored(stored, LocaleContextHolder.getLocale());
    }

    private ClassificationRun run(long runId) {
        return assessments.run(runId).orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.run.notFound", runId));
    }

    /** Exports, replays and diffs read a finished run only: a running one is still incomplete. */
    private ClassificationRun completedRun(long runId) {
        ClassificationRun run = run(runId);
        if (run.status() != RunStatus.COMPLETED) {
            throw Problems.status(HttpStatus.CONFLICT, "api.run.notCompleted", runId, run.status().name());
        }
        return run;
    }

    private static ResponseEntity<StreamingResponseBody> download(long runId, String extension, MediaType type,
            StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"classification-run-" + runId + "." + extension + "\"")
                .body(body);
    }

    private static String target(long runId) {
        return RunLauncher.target(runId);
    }
}
