package com.techladder.registry.plan;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialYear;
import com.techladder.batch.classification.RunCompleted;
import com.techladder.batch.importing.RegistryChanged;
import com.techladder.batch.importing.RegistryVersion;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the dashboard's default view ahead of its readers, into {@link RegistryMemo}. On the instance that merged an
 * import or completed a run, at once: the event ({@link RegistryChanged}, {@link RunCompleted}) starts the computation
 * in the background, so the first reader after an import finds the figures remembered (or waits only for the rest of
 * that computation). On every other instance, at the next tick of {@code techladder.plan.warm-cron} (default every
 * 15 s), which sees the new registry version. {@code -} switches both off. When nothing changed, a tick costs a few
 * memo look-ups.
 */
@Component
class DashboardWarmer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmer.class);
    private static final String OFF = "-";

    private final PlanProgressService progress;
    private final PlanPipelineService pipeline;
    private final Assessments assessments;
    private final boolean enabled;
    /** One computation at a time; changes that arrive while one is queued are covered by it. */
    private final ExecutorService afterChange = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dashboard-warmer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final RegistryVersion registryVersion;
    /** The registry version of the last figures prepared by this warmer, -1 before the first. */
    private volatile long preparedVersion = -1;

    DashboardWarmer(PlanProgressService progress, PlanPipelineService pipeline, Assessments assessments,
            RegistryVersion registryVersion, @Value("${techladder.plan.warm-cron:*/15 * * * * *}") String cron) {
        this.registryVersion = registryVersion;
        this.progress = progress;
        this.pipeline = pipeline;
        this.assessments = assessments;
        this.enabled = !OFF.equals(cron.strip());
    }

    @Scheduled(cron = "${techladder.plan.warm-cron:*/15 * * * * *}")
    void warm() {
        try {
            long version = registryVersion.current();
            warm(PlanCalendar.today());
            preparedVersion = version;
        } catch (RuntimeException e) {
            // a reader will compute what the tick could not; the next tick tries again
            log.warn("Dashboard figures not prepared: {}", e.toString());
        }
    }

    /** An import merge or a run completed on this instance: prepare the figures now, not at the next tick. */
    @EventListener({RegistryChanged.class, RunCompleted.class})
    void changed() {
        if (enabled && queued.compareAndSet(false, true)) {
            afterChange.execute(() -> {
                queued.set(false);
                warm();
            });
        }
    }

    /** The registry version whose default view this warmer last prepared (at least), -1 before the first. */
    long preparedVersion() {
        return preparedVersion;
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

    @Override
    public void destroy() {
        afterChange.shutdownNow();
    }
}
