package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.batch.simulation.SubsidyCost;
import com.techladder.batch.simulation.Transition;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code GET /api/v1/policy/simulations/{id}} and the budget forecast: codes as the contract names them, amounts in
 * 万元 with two decimals (docs/contracts/http-api.md, "Policy simulations").
 */
record SimulationJson(long simulationId, String kind, String status, int progress, Long draftId,
        String baselineVersion, String draftVersion, int assessmentYear, Integer figuresYear, FilterJson filter,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime finishedAt, Enterprises enterprises,
        String failure, List<TransitionJson> transitions, List<SubsidyJson> subsidies, PlanEffect planEffect,
        ChangedJson changed) {

    record FilterJson(String district, String programme, Integer techField) {
    }

    /** @param compared the enterprises the filter kept; @param changed those with at least one difference */
    record Enterprises(Integer total, int done, int compared, int changed) {
    }

    record TransitionJson(String programme, String from, String to, int count) {
    }

    /**
     * @param district     division code, "" when not on record
     * @param districtName the division's name in the request's language; for none, the bundle's bucket (未知区县)
     */
    record SubsidyJson(String programme, String district, String districtName, BigDecimal baseline, BigDecimal draft,
            BigDecimal difference, int enterprisesBaseline, int enterprisesDraft) {
    }

    /**
     * The doubling plan's pipeline: enterprises the rules find ELIGIBLE (pipeline) or NEEDS_REVIEW (review) for 国家高企
     * without a valid national certificate, under the baseline and under the draft — the candidates the plan counts on.
     */
    record PlanEffect(Integer pipelineBefore, Integer pipelineAfter, Integer reviewBefore, Integer reviewAfter) {
    }

    record ChangedJson(int page, int size, int total, List<ChangeJson> items) {
    }

    record ChangeJson(String uscc, String name, String district, String districtName, String kind, String item, String before,
            String after, BigDecimal amountBefore, BigDecimal amountAfter, String criterion, String criterionText) {
    }

    /** @param words the request's language, for district names (the same as the page's and the export's) */
    static SimulationJson of(Simulation s, PolicySimulationService.ChangesPage changes, SimulationWords words) {
        SimulationFilter f = s.filter();
        return new SimulationJson(s.id(), s.kind().name(), s.status().name(), s.progressPercent(), s.draftId(),
                s.baselineVersion(), s.draftVersion(), s.assessmentYear(), s.figuresYear(),
                new FilterJson(f.district(), f.programme() == null ? null : f.programme().name(), f.techField()),
                s.requestedBy(), s.requestedAt(), s.finishedAt(),
                new Enterprises(s.total(), s.done(), s.compared(), s.changedEnterprises()), s.failure(),
                s.transitions().stream().map(SimulationJson::transition).toList(),
                s.subsidies().stream().map(c -> subsidy(c, words)).toList(),
                new PlanEffect(s.pipelineBefore(), s.pipelineAfter(), s.reviewBefore(), s.reviewAfter()),
                changes == null ? null : new ChangedJson(changes.page(), changes.size(), changes.total(),
                        changes.items().stream().map(c -> change(c, words)).toList()));
    }

    private static TransitionJson transition(Transition t) {
        return new TransitionJson(t.programme().name(), t.from().name(), t.to().name(), t.count());
    }

    private static SubsidyJson subsidy(SubsidyCost c, SimulationWords words) {
        return new SubsidyJson(c.subsidy().name(), c.district(), words.district(c.district()), c.baseline(), c.draft(),
                c.difference(), c.enterprisesBaseline(), c.enterprisesDraft());
    }

    private static ChangeJson change(ChangedItem c, SimulationWords words) {
        return new ChangeJson(c.uscc(), c.name(), c.district(), words.district(c.district()), c.kind().name(), c.item(), c.before(), c.after(),
                c.amountBefore(), c.amountAfter(), c.criterion(), c.criterionZh());
    }
}
