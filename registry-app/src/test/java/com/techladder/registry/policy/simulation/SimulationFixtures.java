package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.batch.simulation.SimulationKind;
import com.techladder.batch.simulation.SimulationStatus;
import com.techladder.batch.simulation.SubsidyCost;
import com.techladder.batch.simulation.Transition;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.result.Outcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Stored simulations as the engine hands them over, for the web slices (the engine itself is mocked away). */
final class SimulationFixtures {

    static final String GULOU = "350102";
    /** A name that a spreadsheet would run as a formula, and markup that a page must show as text. */
    static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"<b>点我</b>\")";

    private SimulationFixtures() {
    }

    static Simulation completed(long id) {
        return new Simulation(id, SimulationKind.SIMULATION, 5L, "baseline-v1", "draft-v2", 2025, null,
                new SimulationFilter(null, null, null), "officer", LocalDateTime.of(2026, 12, 4, 9, 30),
                LocalDateTime.of(2026, 12, 4, 9, 31), SimulationStatus.COMPLETED, 2000, 2000, 2000, 131, 240, 180,
                35, 30, null,
                List.of(new Transition(Programme.NATIONAL_HTE, Outcome.ELIGIBLE, Outcome.ELIGIBLE, 180),
                        new Transition(Programme.NATIONAL_HTE, Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, 60),
                        new Transition(Programme.NATIONAL_HTE, Outcome.NOT_ELIGIBLE, Outcome.NOT_ELIGIBLE, 1760),
                        new Transition(Programme.TECH_SME, Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, 71),
                        new Transition(Programme.TECH_SME, Outcome.NOT_ELIGIBLE, Outcome.NOT_ELIGIBLE, 1929)),
                List.of(new SubsidyCost(SubsidyProgramme.RD_SEGMENTED_GRANT, GULOU, new BigDecimal("1234.50"),
                                new BigDecimal("1100.25"), 40, 36),
                        new SubsidyCost(SubsidyProgramme.RD_SEGMENTED_GRANT, "", new BigDecimal("10.00"),
                                new BigDecimal("10.00"), 1, 1),
                        new SubsidyCost(SubsidyProgramme.HTE_RECOGNITION_REWARD, GULOU, new BigDecimal("400.00"),
                                new BigDecimal("300.00"), 20, 15)));
    }

    static Simulation running(long id) {
        return new Simulation(id, SimulationKind.SIMULATION, 5L, "baseline-v1", "draft-v2", 2025, null,
                SimulationFilter.NONE, "officer", LocalDateTime.of(2026, 12, 4, 9, 30), null,
                SimulationStatus.RUNNING, 2000, 500, 500, 20, null, null, null, null, null, List.of(), List.of());
    }

    static List<ChangedItem> changes() {
        return List.of(
                new ChangedItem("91350102MA5208C141", HOSTILE_NAME, GULOU, ChangedItem.Kind.PROGRAMME, "NATIONAL_HTE",
                        "ELIGIBLE", "NOT_ELIGIBLE", null, null, "NATIONAL_HTE.STAFF_RATIO",
                        "科技人员占职工总数的比例不低于 30%", "Tech staff at least 30% of employees"),
                new ChangedItem("91350102MA5208C141", HOSTILE_NAME, GULOU, ChangedItem.Kind.SUBSIDY,
                        "HTE_RECOGNITION_REWARD", null, null, new BigDecimal("20.00"), new BigDecimal("0.00"),
                        "NATIONAL_HTE.STAFF_RATIO", "科技人员占职工总数的比例不低于 30%",
                        "Tech staff at least 30% of employees"));
    }
}
