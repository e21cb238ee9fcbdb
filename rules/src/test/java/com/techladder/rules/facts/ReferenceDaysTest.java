package com.techladder.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.model.Programme;
import com.techladder.rules.parameter.Parameter;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment day clamped into each programme's window; the windows' last days when no day is recorded. */
class ReferenceDaysTest {

    private static final ParameterSet STANDARD = ParameterFiles.load();

    @Test
    void aDayInsideTheWindowIsItsOwnReferenceDay() {
        ReferenceDays days = ReferenceDays.of(STANDARD.forYear(2025), LocalDate.of(2025, 6, 15));
        assertThat(days.of(Programme.NATIONAL_HTE)).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(days.of(Programme.TECH_SME)).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(days.assessmentDay()).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void daysBeforeAndAfterTheWindowTakeItsFirstAndLastDay() {
        ReferenceDays early = ReferenceDays.of(STANDARD.forYear(2025), LocalDate.of(2025, 2, 28));
        ReferenceDays late = ReferenceDays.of(STANDARD.forYear(2025), LocalDate.of(2026, 1, 5));
        assertThat(early.of(Programme.NATIONAL_HTE)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(late.of(Programme.NATIONAL_HTE)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(late.of(Programme.TECH_SME)).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void withoutARecordedDayEachWindowsLastDayApplies() {
        ReferenceDays days = ReferenceDays.of(STANDARD.forYear(2024), null);
        assertThat(days.assessmentDay()).isNull();
        assertThat(days.of(Programme.PROVINCIAL_HTE)).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(days.of(Programme.LITTLE_GIANT)).as("no window: the calendar year").isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void parametersWithoutWindowsAsInOldSnapshotsJudgeOn31December() {
        Map<String, Parameter> old = new LinkedHashMap<>(STANDARD.parameters());
        old.keySet().removeIf(k -> k.endsWith(".evaluation_opens") || k.endsWith(".evaluation_closes"));
        ReferenceDays days = ReferenceDays.of(new ParameterSet(old).forYear(2024), null);
        for (Programme p : Programme.values()) {
            assertThat(days.of(p)).as(p.name()).isEqualTo(LocalDate.of(2024, 12, 31));
        }
    }
}
