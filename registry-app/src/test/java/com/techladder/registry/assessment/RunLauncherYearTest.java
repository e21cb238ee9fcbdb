package com.techladder.registry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.classification.ClassificationProperties;
import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.RunTrigger;
import com.techladder.registry.audit.AuditLog;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The year the nightly run and the launch form take by default: the configured one, else the year of the figures. */
class RunLauncherYearTest {

    private final ClassificationRuns runs = mock(ClassificationRuns.class);
    private final Assessments assessments = mock(Assessments.class);

    @Test
    void withoutAConfiguredYearTheNightlyRunAssessesTheYearOfTheFigures() {
        when(assessments.dataYear()).thenReturn(2025);
        launcher(null).launchNightly();
        verify(runs).start(eq(2025), eq(RunTrigger.NIGHTLY), anyString());
    }

    @Test
    void aConfiguredYearWinsOverTheFigures() {
        RunLauncher launcher = launcher(2023);
        assertThat(launcher.defaultYear()).isEqualTo(2023);
        verify(assessments, never()).dataYear();
    }

    private RunLauncher launcher(Integer configuredYear) {
        return new RunLauncher(runs, mock(AuditLog.class), assessments,
                new ClassificationProperties("0 0 2 * * *", "Asia/Shanghai", 2, 1000, Duration.ofMinutes(10), configuredYear));
    }
}
