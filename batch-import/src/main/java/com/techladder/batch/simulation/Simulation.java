package com.techladder.batch.simulation;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored simulation or budget forecast: who asked, when, what was compared, how far it got and its figures (the
 * changes are paged separately, {@link PolicySimulations#changes}).
 *
 * @param draftId         the draft simulated; null for a budget forecast
 * @param baselineVersion ruleset version (rules and parameters) of the parameters in force when it was asked
 * @param draftVersion    ruleset version of the draft's parameters; the baseline's for a forecast
 * @param figuresYear     a forecast's latest fiscal year on record, whose figures stand for the year before
 *                        {@code assessmentYear}; null for a simulation
 * @param total           enterprises in the registry when it started (null until counted)
 * @param done            enterprises evaluated so far
 * @param compared        of those, the ones the filter kept
 * @param pipelineBefore  国家高企 ELIGIBLE without a valid national certificate, under the baseline
 * @param reviewBefore    the same, NEEDS_REVIEW
 */
public record Simulation(long id, SimulationKind kind, Long draftId, String baselineVersion, String draftVersion,
        int assessmentYear, Integer figuresYear, SimulationFilter filter, String requestedBy,
        LocalDateTime requestedAt, LocalDateTime finishedAt, SimulationStatus status, Integer total, int done,
        int compared, int changedEnterprises, Integer pipelineBefore, Integer pipelineAfter, Integer reviewBefore,
        Integer reviewAfter, String failure, List<Transition> transitions, List<SubsidyCost> subsidies) {

    public Simulation {
        transitions = List.copyOf(transitions);
        subsidies = List.copyOf(subsidies);
    }

    /** Per cent done, 0–100 (100 once completed). */
    public int progressPercent() {
        if (status == SimulationStatus.COMPLETED) {
            return 100;
        }
        return total == null || total == 0 ? 0 : (int) Math.min(99, 100L * done / total);
    }
}
