package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import com.techladder.batch.assessment.OfficialRun;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is next in line, whose certificates are ending, and what that means for the target year. The caller passes the
 * classification run to read (the official run of the year shown, {@code Assessments.officialRun}); null when that
 * year has no completed run.
 */
@Service
class PlanPipelineService {

    /** Look-ahead of the expiry table: certificates ending within the next 12 months. */
    static final int EXPIRY_MONTHS = 12;

    private final PipelineQueries queries;
    private final CertifiedCounts certified;
    private final PlanTargetService targets;
    private final RegistryMemo memo;

    PlanPipelineService(PipelineQueries queries, CertifiedCounts certified, PlanTargetService targets,
            RegistryMemo memo) {
        this.queries = queries;
        this.certified = certified;
        this.targets = targets;
        this.memo = memo;
    }

    /** One page of the pipeline: {@code limit} entries after the first {@code offset}, ranked and cut by the database. */
    @Transactional(readOnly = true)
    PipelineView pipeline(OfficialRun run, LocalDate asOf, int limit, int offset) {
        if (run == null) {
            return new PipelineView(null, null, asOf, 0, List.of());
        }
        long runId = run.runId();
        int total = pipelineSize(runId, asOf).values().stream().mapToInt(Integer::intValue).sum();
        return new PipelineView(runId, run.assessmentYear(), asOf, total,
                memo.get(List.of("pipeline", runId, asOf, limit, offset),
                        () -> List.copyOf(queries.pipeline(runId, asOf, limit, offset))));
    }

    /** The whole pipeline, closest first, streamed from the database (exports): nothing is held but one entry. */
    @Transactional(readOnly = true)
    void forEachInPipeline(OfficialRun run, LocalDate asOf, Consumer<PipelineEntry> entry) {
        if (run != null) {
            queries.forEachInPipeline(run.runId(), asOf, entry);
        }
    }

    /**
     * One page of the national certificates valid on {@code asOf} ending within {@link #EXPIRY_MONTHS} months, not
     * yet renewed, soonest first.
     */
    @Transactional(readOnly = true)
    List<ExpiringCertificate> expiring(OfficialRun run, LocalDate asOf, int limit, int offset) {
        Long runId = runId(run);
        return memo.get(Arrays.asList("expiring", asOf, runId, limit, offset),
                () -> List.copyOf(queries.expiring(asOf, expiryEnd(asOf), runId, limit, offset)));
    }

    @Transactional(readOnly = true)
    int expiringCount(LocalDate asOf) {
        return countExpiring(asOf, expiryEnd(asOf));
    }

    /** All of them, streamed from the database (exports). */
    @Transactional(readOnly = true)
    void forEachExpiring(OfficialRun run, LocalDate asOf, Consumer<ExpiringCertificate> certificate) {
        queries.forEachExpiring(asOf, expiryEnd(asOf), runId(run), certificate);
    }

    private static LocalDate expiryEnd(LocalDate asOf) {
        return asOf.plusMonths(EXPIRY_MONTHS);
    }

    @Transactional(readOnly = true)
    PlanForecast forecast(String periodCode, OfficialRun run, LocalDate asOf) {
        PlanPeriod period = targets.selected(periodCode, asOf);
        int targetCount = period.target(PlanScope.CITY).orElseThrow().targetCount();
        LocalDate targetEnd = PlanProgressService.yearEnd(period.targetYear());
        Long runId = runId(run);
        Integer runYear = run == null ? null : run.assessmentYear();
        if (targetEnd.isBefore(asOf)) {
            int finalCount = nationalCertified(targetEnd);
            return new PlanForecast(period.code(), period.targetYear(), targetCount, asOf, true, finalCount, 0, 0, 0,
                    period.conversionRate(), period.nonRenewalRate(), finalCount, targetCount - finalCount,
                    runId, runYear);
        }
        int now = nationalCertified(asOf);
        Map<String, Integer> size = runId == null ? Map.of() : pipelineSize(runId, asOf);
        int eligible = size.getOrDefault("ELIGIBLE", 0);
        int needsReview = size.getOrDefault("NEEDS_REVIEW", 0);
        int expiring = countExpiring(asOf, targetEnd);
        int forecast = now + times(eligible + needsReview, period.conversionRate())
                - times(expiring, period.nonRenewalRate());
        return new PlanForecast(period.code(), period.targetYear(), targetCount, asOf, false, now, eligible,
                needsReview, expiring, period.conversionRate(), period.nonRenewalRate(), forecast,
                targetCount - forecast, runId, runYear);
    }

    private int nationalCertified(LocalDate day) {
        return memo.get(List.of("nationalCertified", day),
                () -> certified.cityWide(day).get(Programme.NATIONAL_HTE));
    }

    private Map<String, Integer> pipelineSize(long runId, LocalDate asOf) {
        return memo.get(List.of("pipelineSize", runId, asOf), () -> Map.copyOf(queries.pipelineSize(runId, asOf)));
    }

    private int countExpiring(LocalDate from, LocalDate to) {
        return memo.get(List.of("countExpiring", from, to), () -> queries.countExpiring(from, to));
    }

    private static Long runId(OfficialRun run) {
        return run == null ? null : run.runId();
    }

    private static int times(int count, BigDecimal rate) {
        return BigDecimal.valueOf(count).multiply(rate).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
