package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.batch.simulation.PolicySimulations;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.batch.simulation.SimulationKind;
import com.techladder.registry.audit.AuditLog;
import com.techladder.registry.policy.DraftParameterSets;
import com.techladder.rules.parameter.ParameterSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import com.techladder.registry.system.Problems;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.ObjectMapper;

/**
 * What the simulation API and pages ask of the simulation engine: a draft's parameters against those in force, next
 * year's budget, and the stored figures a page at a time. The parameter sets come from the policy drafts
 * ({@link DraftParameterSets}); without them, the shipped parameter files are in force and there are no drafts.
 */
@Service
public class PolicySimulationService {

    /** Changes per page, API and page alike; a page may ask for up to {@link #MAX_PAGE_SIZE}. */
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;

    /** Audit actions: a simulation or forecast started (its figures are kept with it, so a decision can cite it). */
    static final String SIMULATION_STARTED = "POLICY_SIMULATION_STARTED";
    static final String FORECAST_STARTED = "BUDGET_FORECAST_STARTED";

    private final PolicySimulations simulations;
    private final ObjectProvider<DraftParameterSets> parameterSets;
    private final AuditLog auditLog;
    private final ObjectMapper json;

    PolicySimulationService(PolicySimulations simulations, ObjectProvider<DraftParameterSets> parameterSets,
            AuditLog auditLog, ObjectMapper json) {
        this.simulations = simulations;
        this.parameterSets = parameterSets;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** Starts simulating draft {@code draftId}; 404 when there is no such draft. */
    public long simulate(long draftId, int assessmentYear, SimulationFilter filter, String requestedBy) {
        DraftParameterSets sets = sets();
        ParameterSet draft = sets.draft(draftId).orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND,
                "api.simulation.noDraft", draftId));
        long id = simulations.simulate(draftId, sets.current(), draft, assessmentYear, filter, requestedBy);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("draftId", draftId);
        details.put("assessmentYear", assessmentYear);
        details.put("filter", filter.toString());
        audit(SIMULATION_STARTED, id, details);
        return id;
    }

    /** Starts next year's budget forecast under the parameters in force. */
    public long forecast(int year, String requestedBy) {
        long id = simulations.forecast(sets().current(), year, requestedBy);
        audit(FORECAST_STARTED, id, Map.of("year", year));
        return id;
    }

    private void audit(String action, long id, Map<String, Object> details) {
        // Jackson 3 throws unchecked: a map of strings and numbers always writes
        auditLog.record(action, "policy-simulation/" + id, json.writeValueAsString(details));
    }

    public Optional<Simulation> find(long id) {
        return simulations.find(id).filter(s -> s.kind() == SimulationKind.SIMULATION);
    }

    /** The latest budget forecast for {@code year}, if one was asked for. */
    public Optional<Simulation> latestForecast(int year) {
        return simulations.recent(SimulationKind.BUDGET_FORECAST, null, 50).stream()
                .filter(s -> s.assessmentYear() == year).findFirst();
    }

    /** Page {@code page} (from 0) of a simulation's changes, {@code size} per page. */
    public ChangesPage changes(long id, int page, int size) {
        int total = simulations.countChanges(id);
        List<ChangedItem> items = simulations.changes(id, page * size, size);
        return new ChangesPage(page, size, total, items);
    }

    /** Every change in order, handed over a page at a time, so an export never holds them all. */
    public void eachChange(long id, Consumer<ChangedItem> consumer) {
        for (int offset = 0;; offset += MAX_PAGE_SIZE) {
            List<ChangedItem> page = simulations.changes(id, offset, MAX_PAGE_SIZE);
            page.forEach(consumer);
            if (page.size() < MAX_PAGE_SIZE) {
                return;
            }
        }
    }

    private DraftParameterSets sets() {
        return parameterSets.getIfAvailable(() -> ShippedParameterSets.INSTANCE);
    }

    /** One page of changes: {@code total} in all. */
    public record ChangesPage(int page, int size, int total, List<ChangedItem> items) {

        public int pages() {
            return size == 0 ? 0 : (total + size - 1) / size;
        }
    }
}
