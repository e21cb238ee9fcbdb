package com.techladder.registry.plan;

import com.techladder.registry.system.Problems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import com.techladder.registry.audit.AuditLog;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan periods and targets as data: reading them, and the edits of admins (targets, new periods) and staff (forecast
 * rates). Each changed field goes to the plan's own change log (field, old, new — shown on the targets page) and to the
 * registry's audit trail that auditors read.
 */
@Service
class PlanTargetService {

    static final String AUDIT_PERIOD_CREATED = "PLAN_PERIOD_CREATED";
    static final String AUDIT_CHANGED = "PLAN_TARGET_CHANGED";

    private final PlanPeriodRepository periods;
    private final AuditLog audit;
    private final ObjectMapper json;

    PlanTargetService(PlanPeriodRepository periods, AuditLog audit, ObjectMapper json) {
        this.periods = periods;
        this.audit = audit;
        this.json = json;
    }

    List<PlanPeriod> periods() {
        return periods.findAll();
    }

    PlanPeriod period(String code) {
        return periods.findByCode(code).orElseThrow(() ->
                Problems.status(HttpStatus.NOT_FOUND, "api.plan.noPeriod", code));
    }

    /**
     * The period to show by default: the one covering the current year (the latest-starting, when a new period
     * overlaps the end of the old one), else the one that ended last.
     */
    PlanPeriod current(LocalDate today) {
        List<PlanPeriod> all = periods.findAll();
        Optional<PlanPeriod> covering = all.stream().filter(p -> p.covers(today.getYear()))
                .max(Comparator.comparingInt(PlanPeriod::baseYear));
        return covering.or(() -> all.stream().max(Comparator.comparingInt(PlanPeriod::targetYear)))
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.plan.noPeriods"));
    }

    PlanPeriod selected(String code, LocalDate today) {
        return code == null || code.isBlank() ? current(today) : period(code);
    }

    Map<Integer, Integer> reportedCounts(String scope) {
        return periods.reportedCounts(scope);
    }

    List<PlanChange> history(String code) {
        period(code);
        return periods.changes(code);
    }

    @Transactional
    PlanPeriod addPeriod(PeriodRequest request, String by) {
        PlanRequestValidator.checkPeriod(request, request.code() != null && periods.findByCode(request.code()).isPresent());
        List<PlanTarget> targets = request.targets().stream().map(t -> t.toTarget(t.scope())).toList();
        PlanPeriod period = new PlanPeriod(request.code(), request.title().trim(), request.baseYear(),
                request.targetYear(), request.source(), scaled(request.conversionRate()),
                scaled(request.nonRenewalRate()), targets);
        LocalDateTime now = LocalDateTime.now();
        periods.insertPeriod(period, by, now);
        PlanChange created = new PlanChange(period.code(), null, "created", null,
                period.baseYear() + "→" + period.targetYear() + " " + period.title(), by, now);
        periods.recordChange(created);
        audit.record(AUDIT_PERIOD_CREATED, auditTarget(created), details(created));
        return period(period.code());
    }

    /** Sets the target of one scope (creating it when the period has none yet), logging each changed field. */
    @Transactional
    PlanTarget saveTarget(String code, String scope, TargetRequest request, String by) {
        PlanPeriod period = period(code);
        PlanRequestValidator.checkTarget(request, scope, period.baseYear(), period.targetYear());
        PlanTarget next = request.toTarget(scope);
        Optional<PlanTarget> previous = period.target(scope);
        periods.saveTarget(code, next);
        LocalDateTime now = LocalDateTime.now();
        logIfChanged(code, scope, "baseCount", previous.map(PlanTarget::baseCount), next.baseCount(), by, now);
        logIfChanged(code, scope, "targetCount", previous.map(PlanTarget::targetCount), next.targetCount(), by, now);
        logIfChanged(code, scope, "assumption", previous.map(PlanTarget::assumption), next.assumption(), by, now);
        logIfChanged(code, scope, "note", previous.map(PlanTarget::note), next.note(), by, now);
        logIfChanged(code, scope, "years", previous.map(t -> new TreeMap<>(t.explicitYears())),
                new TreeMap<>(next.explicitYears()), by, now);
        return period(code).target(scope).orElseThrow();
    }

    @Transactional
    PlanPeriod setRates(String code, RatesRequest request, String by) {
        PlanPeriod period = period(code);
        PlanRequestValidator.checkRates(request);
        BigDecimal conversion = scaled(request.conversionRate());
        BigDecimal nonRenewal = scaled(request.nonRenewalRate());
        LocalDateTime now = LocalDateTime.now();
        periods.updateRates(code, conversion, nonRenewal, by, now);
        logIfChanged(code, null, "conversionRate", Optional.of(period.conversionRate()), conversion, by, now);
        logIfChanged(code, null, "nonRenewalRate", Optional.of(period.nonRenewalRate()), nonRenewal, by, now);
        return period(code);
    }

    private void logIfChanged(String code, String scope, String field, Optional<?> before, Object after, String by,
                              LocalDateTime at) {
        String old = before.map(String::valueOf).orElse(null);
        String now = after == null ? null : String.valueOf(after);
        if (!Objects.equals(old, now)) {
            PlanChange change = new PlanChange(code, scope, field, old, now, by, at);
            periods.recordChange(change);
            audit.record(AUDIT_CHANGED, auditTarget(change), details(change));
        }
    }

    private static String auditTarget(PlanChange change) {
        return "plan-period/" + change.periodCode() + (change.scope() == null ? "" : "/" + change.scope());
    }

    private String details(PlanChange change) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("field", change.field());
        details.put("oldValue", change.oldValue());
        details.put("newValue", change.newValue());
        try {
            return json.writeValueAsString(details);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal scaled(BigDecimal rate) {
        return rate.setScale(4, RoundingMode.HALF_UP);
    }
}
