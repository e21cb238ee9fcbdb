package com.techladder.registry.plan;

import com.techladder.rules.model.RecordBounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialRun;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The doubling plan over HTTP: progress (the contract's {@code /progress}), pipeline, expiring certificates,
 * forecast, and the plan periods with their targets. Reading: staff, auditors, admins; targets: admins; forecast
 * rates: staff and admins. {@code asOf} (default today) lets a report be reproduced for a past day.
 */
@RestController
@RequestMapping("/api/v1/plan")
@PreAuthorize("hasAnyRole('STAFF', 'AUDITOR', 'ADMIN')")
class PlanApiController {

    /** The most entries one page of a list holds: a page's JSON stays well under a megabyte. */
    static final int MAX_LIMIT = 1000;
    /** Bundle keys, filled in by Bean Validation ({@code {value}}: the annotation's bound). */
    private static final String EARLIEST_YEAR = "{api.plan.earliestYear}";
    private static final String LATEST_YEAR = "{api.plan.latestYear}";

    private final PlanProgressService progress;
    private final PlanPipelineService pipeline;
    private final PlanTargetService targets;
    private final Assessments assessments;

    PlanApiController(PlanProgressService progress, PlanPipelineService pipeline, PlanTargetService targets,
            Assessments assessments) {
        this.assessments = assessments;
        this.progress = progress;
        this.pipeline = pipeline;
        this.targets = targets;
    }

    @GetMapping("/progress")
    PlanProgress progress(@RequestParam(required = false) String period,
                          @RequestParam(required = false)
                          @Min(value = RecordBounds.FIRST_YEAR, message = EARLIEST_YEAR)
                          @Max(value = RecordBounds.LAST_YEAR, message = LATEST_YEAR) Integer year,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return progress.progress(period, year, PlanCalendar.dayOr(asOf));
    }

    /**
     * A page of the pipeline ({@code offset}, {@code limit} ≤ {@value #MAX_LIMIT}); the whole of it is the export's.
     *
     * @param year the assessment year whose official run is read; by default the default year ({@link Assessments})
     */
    @GetMapping("/pipeline")
    PipelineView pipeline(@RequestParam(defaultValue = "200") int limit, @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return pipeline.pipeline(official(year), PlanCalendar.dayOr(asOf), Math.max(0, Math.min(limit, MAX_LIMIT)),
                Math.max(0, offset));
    }

    /** A page of the certificates about to expire, soonest first (same paging). */
    @GetMapping("/expiring")
    List<ExpiringCertificate> expiring(@RequestParam(defaultValue = "" + MAX_LIMIT) int limit,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return pipeline.expiring(official(year), PlanCalendar.dayOr(asOf), Math.max(0, Math.min(limit, MAX_LIMIT)),
                Math.max(0, offset));
    }

    @GetMapping("/forecast")
    PlanForecast forecast(@RequestParam(required = false) String period, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return pipeline.forecast(period, official(year), PlanCalendar.dayOr(asOf));
    }

    private OfficialRun official(Integer year) {
        return assessments.officialRun(year).orElse(null);
    }

    @GetMapping("/periods")
    List<PlanPeriod> periods() {
        return targets.periods();
    }

    @GetMapping("/periods/{code}")
    PlanPeriod period(@PathVariable String code) {
        return targets.period(code);
    }

    @GetMapping("/periods/{code}/history")
    List<PlanChange> history(@PathVariable String code) {
        return targets.history(code);
    }

    @PostMapping("/periods")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PlanPeriod> addPeriod(@RequestBody PeriodRequest request, Principal user) {
        PlanPeriod period = targets.addPeriod(request, user.getName());
        return ResponseEntity.status(201).body(period);
    }

    @PutMapping("/periods/{code}/targets/{scope}")
    @PreAuthorize("hasRole('ADMIN')")
    PlanTarget saveTarget(@PathVariable String code, @PathVariable String scope, @RequestBody TargetRequest request,
                          Principal user) {
        return targets.saveTarget(code, scope, request, user.getName());
    }

    @PutMapping("/periods/{code}/forecast-rates")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    PlanPeriod setRates(@PathVariable String code, @RequestBody RatesRequest request, Principal user) {
        return targets.setRates(code, request, user.getName());
    }
}
