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
            v.problem("code", "编号须为1–40位字母、数字、下划线或连字符");
        } else if (codeTaken) {
            v.problem("code", "规划期编号已存在");
        }
        if (request.title() == null || request.title().isBlank()) {
            v.problem("title", "名称不能为空");
        }
        v.year("baseYear", request.baseYear());
        v.year("targetYear", request.targetYear());
        boolean yearsKnown = request.baseYear() != null && request.targetYear() != null;
        if (yearsKnown && request.targetYear() <= request.baseYear()) {
            v.problem("targetYear", "目标年份须晚于基期年份");
        }
        v.rate("conversionRate", request.conversionRate());
        v.rate("nonRenewalRate", request.nonRenewalRate());
        List<TargetRequest> targets = request.targets() == null ? List.of() : request.targets();
        if (targets.stream().noneMatch(t -> PlanScope.CITY.equals(t.scope()))) {
            v.problem("targets", "须包含全市（CITY）目标");
        }
        Set<String> scopes = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRequest target = targets.get(i);
            String prefix = "targets[" + i + "].";
            if (target.scope() != null && !scopes.add(target.scope())) {
                v.problem(prefix + "scope", "范围重复：" + target.scope());
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
            problem(prefix + "scope", "范围须为 CITY、HITECH_ZONE 或福州市区县代码");
        }
        count(prefix + "baseCount", target.baseCount());
        count(prefix + "targetCount", target.targetCount());
        if (target.years() == null) {
            return;
        }
        target.years().forEach((year, count) -> {
            String field = prefix + "years." + year;
            if (baseYear != null && (year <= baseYear || year >= targetYear)) {
                problem(field, "逐年目标的年份须在基期与目标年份之间");
            }
            count(field, count);
        });
    }

    private void year(String field, Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problem(field, "年份须在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间");
        }
    }

    private void count(String field, Integer count) {
        if (count == null || count < 0) {
            problem(field, "企业数须为非负整数");
        }
    }

    private void rate(String field, BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            problem(field, "比率须在 0 到 1 之间");
        }
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationProblemException(problems);
        }
    }
}
