package com.techladder.registry.plan;

import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.model.RecordBounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks plan edits and lists every broken field at once, as the API contract asks. */
final class PlanRequestValidator {

    private static final int FIRST_YEAR = RecordBounds.FIRST_YEAR;
    private static final int LAST_YEAR = RecordBounds.LAST_YEAR;

    private final List<FieldProblem> problems = new ArrayList<>();

    static void checkPeriod(PeriodRequest request, boolean codeTaken) {
        PlanRequestValidator v = new PlanRequestValidator();
        if (request.code() == null || !request.code().matches("[A-Za-z0-9_-]{1,40}")) {
            v.problem("code", "plan.problem.code");
        } else if (codeTaken) {
            v.problem("code", "plan.problem.codeTaken");
        }
        if (request.title() == null || request.title().isBlank()) {
            v.problem("title", "plan.problem.title");
        }
        v.year("baseYear", request.baseYear());
        v.year("targetYear", request.targetYear());
        boolean yearsKnown = request.baseYear() != null && request.targetYear() != null;
        if (yearsKnown && request.targetYear() <= request.baseYear()) {
            v.problem("targetYear", "plan.problem.targetYear");
        }
        v.rate("conversionRate", request.conversionRate());
        v.rate("nonRenewalRate", request.nonRenewalRate());
        List<TargetRequest> targets = request.targets() == null ? List.of() : request.targets();
        if (targets.stream().noneMatch(t -> PlanScope.CITY.equals(t.scope()))) {
            v.problem("targets", "plan.problem.cityTarget");
        }
        Set<String> scopes = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRequest target = targets.get(i);
            String prefix = "targets[" + i + "].";
            if (target.scope() != null && !scopes.add(target.scope())) {
                v.problem(prefix + "scope", "plan.problem.scopeRepeated", target.scope());
            }
            v.target(prefix, target, target.scope(),
                    yearsKnown ? request.baseYear() : null, yearsKnown ? request.targetYear() : null);
        }
        v.throwIfAny();
    }

    static void checkTarget(TargetRequest request, String scope, int baseYear, int targetYear) {
        PlanRequestValidator v = new PlanRequestValidator();
        v.target("", request, scope, baseYear, targetYear);
        v.throwIfAny();
    }

    static void checkRates(RatesRequest request) {
        PlanRequestValidator v = new PlanRequestValidator();
        v.rate("conversionRate", request.conversionRate());
        v.rate("nonRenewalRate", request.nonRenewalRate());
        v.throwIfAny();
    }

    private void target(String prefix, TargetRequest target, String scope, Integer baseYear, Integer targetYear) {
        if (scope == null || !PlanScope.isValid(scope)) {
            problem(prefix + "scope", "plan.problem.scope");
        }
        count(prefix + "baseCount", target.baseCount());
        count(prefix + "targetCount", target.targetCount());
        if (target.years() == null) {
            return;
        }
        target.years().forEach((year, count) -> {
            String field = prefix + "years." + year;
            if (baseYear != null && (year <= baseYear || year >= targetYear)) {
                problem(field, "plan.problem.yearInPeriod");
            }
            count(field, count);
        });
    }

    private void year(String field, Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problem(field, "plan.problem.year", FIRST_YEAR, LAST_YEAR);
        }
    }

    private void count(String field, Integer count) {
        if (count == null || count < 0) {
            problem(field, "plan.problem.count");
        }
    }

    private void rate(String field, BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            problem(field, "plan.problem.rate");
        }
    }

    /** A broken field, said by a bundle code ({@code plan.problem.*}) and its arguments. */
    private void problem(String field, String code, Object... args) {
        problems.add(FieldProblem.coded(field, code, args));
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationProblemException(problems);
        }
    }
}
