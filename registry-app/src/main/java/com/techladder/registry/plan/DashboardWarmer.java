package com.techladder.registry.plan;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialYear;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the dashboard's default view ahead of its readers: after an import merge on any instance (a new registry
 * version) or a new official run, the next tick of {@code techladder.plan.warm-cron} (default every 15 s; {@code -}
 * switches it off) fills {@link RegistryMemo} on this instance, so the first reader does not wait for the counts.
 * When nothing changed, a tick costs a few memo look-ups.
 */
@Component
class DashboardWarmer {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmer.class);

    private final PlanProgressService progress;
    private final PlanPipelineService pipeline;
    private final Assessments assessments;

    DashboardWarmer(PlanProgressService progress, PlanPipelineService pipeline, Assessments assessments) {
        this.progress = progress;
        this.pipeline = pipeline;
        this.assessments = assessments;
    }

    @Scheduled(cron = "${techladder.plan.warm-cron:*/15 * * * * *}")
    void warm() {
        try {
            warm(PlanCalendar.today());
        } catch (RuntimeException e) {
            // a reader will compute what the tick could not; the next tick tries again
            log.warn("Dashboard figures not prepared: {}", e.toString());
        }
    }

    /** The figures {@code GET /plan} and {@code GET /api/v1/plan/progress} show by default on {@code today}. */
    void warm(LocalDate today) {
        PlanProgress shown = progress.progress(null, null, today);
        OfficialYear official = assessments.officialYear(shown.districtYear());
        pipeline.forecast(shown.periodCode(), official.run(), today);
        pipeline.pipeline(official.run(), today, PlanPageController.PAGE_PIPELINE_ROWS, 0);
        pipeline.expiring(official.run(), today, PlanPageController.PAGE_EXPIRING_ROWS, 0);
        pipeline.expiringCount(today);
    }
}
