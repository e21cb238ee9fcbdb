package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    @Test
    void theFourteenthPlanGrowsByTheSameRateEveryYearFrom2057To4000() {
        Trajectory path = new Trajectory(2020, 2057, 2025, 4000, Map.of());
        double rate = Math.pow(4000.0 / 2057, 1.0 / 5);

        assertThat(path.byYear()).containsOnlyKeys(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(path.targetFor(2020)).isEqualTo(2057);
        assertThat(path.targetFor(2025)).isEqualTo(4000);
        for (int year = 2021; year <= 2024; year++) {
            assertThat(path.targetFor(year)).isEqualTo((int) Math.round(2057 * Math.pow(rate, year - 2020)));
        }
        assertThat(path.byYear().values()).containsExactly(2057, 2350, 2684, 3066, 3502, 4000);
    }

    @Test
    void anExplicitYearIsAnAnchorThePathRunsThrough() {
        Trajectory path = new Trajectory(2020, 2057, 2025, 4000, Map.of(2022, 3759));

        assertThat(path.targetFor(2022)).isEqualTo(3759);
        assertThat(path.targetFor(2021)).isEqualTo((int) Math.round(Math.sqrt(2057.0 * 3759)));
        assertThat(path.targetFor(2024)).isEqualTo((int) Math.round(3759 * Math.pow(4000.0 / 3759, 2.0 / 3)));
    }

    @Test
    void explicitValuesOutsideThePeriodAreIgnoredAndTheEndsStay() {
        Trajectory path = new Trajectory(2020, 500, 2025, 1000, Map.of(2019, 1, 2025, 7, 2030, 9));

        assertThat(path.targetFor(2020)).isEqualTo(500);
        assertThat(path.targetFor(2025)).isEqualTo(1000);
    }

    @Test
    void fromAZeroBaseThePathIsAStraightLine() {
        Trajectory path = new Trajectory(2025, 0, 2030, 50, Map.of());

        assertThat(path.byYear().values()).containsExactly(0, 10, 20, 30, 40, 50);
    }

    @Test
    void yearsOutsideThePeriodHaveNoTarget() {
        Trajectory path = new Trajectory(2020, 2057, 2025, 4000, Map.of());

        assertThatThrownBy(() -> path.targetFor(2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trajectory(2025, 1, 2025, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
