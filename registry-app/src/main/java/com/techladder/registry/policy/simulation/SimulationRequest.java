package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/policy/drafts/{id}/simulations}: the assessment year and an optional filter
 * (docs/contracts/http-api.md, "Policy simulations").
 */
record SimulationRequest(Integer assessmentYear, Filter filter) {

    /** The first assessment year the shipped parameter files cover; the last a simulation may look ahead to. */
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2100;

    /** @param district division code or Chinese name; @param programme code; @param techField 技术领域 number 1–8 */
    record Filter(String district, String programme, Integer techField) {
    }

    /** The filter the simulation engine takes; every broken field is named at once (400). */
    SimulationFilter validatedFilter() {
        List<FieldProblem> problems = new ArrayList<>();
        checkYear(assessmentYear, "assessmentYear", problems);
        if (filter == null) {
            throwIfAny(problems);
            return SimulationFilter.NONE;
        }
        String district = null;
        if (filter.district() != null && !filter.district().isBlank()) {
            district = FuzhouDivision.parse(filter.district()).map(FuzhouDivision::code).orElse(null);
            if (district == null) {
                problems.add(FieldProblem.coded("filter.district", "api.simulation.district", filter.district()));
            }
        }
        Programme programme = null;
        if (filter.programme() != null && !filter.programme().isBlank()) {
            try {
                programme = Programme.parse(filter.programme());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.coded("filter.programme", "api.simulation.programme", filter.programme()));
            }
        }
        if (filter.techField() != null && TechField.byNumber(filter.techField()).isEmpty()) {
            problems.add(FieldProblem.coded("filter.techField", "api.simulation.techField", filter.techField()));
        }
        throwIfAny(problems);
        return new SimulationFilter(district, programme, filter.techField());
    }

    static void checkYear(Integer year, String field, List<FieldProblem> problems) {
        if (year == null) {
            problems.add(FieldProblem.coded(field, "api.simulation.yearMissing"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(FieldProblem.coded(field, "api.simulation.yearRange", FIRST_YEAR, LAST_YEAR, year));
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationProblemException(problems);
        }
    }
}
