package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan periods with their targets and explicit yearly values, and the change log (tables of V6), stored through JPA
 * ({@link StoredPlanPeriod}) and handed out as the immutable {@link PlanPeriod} and {@link PlanChange}. The published
 * counts stay one SQL query: a seeded reference table read by scope, not part of a period.
 */
@Repository
@Transactional
class PlanPeriodRepository {

    private final StoredPlanPeriods periods;
    private final StoredPlanChanges changes;
    private final NamedParameterJdbcTemplate jdbc;

    PlanPeriodRepository(StoredPlanPeriods periods, StoredPlanChanges changes, NamedParameterJdbcTemplate jdbc) {
        this.periods = periods;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<PlanPeriod> findAll() {
        return periods.findAllByOrderByBaseYearAscTargetYearAsc().stream().map(StoredPlanPeriod::toPlanPeriod)
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<PlanPeriod> findByCode(String code) {
        return periods.findByCode(code).map(StoredPlanPeriod::toPlanPeriod);
    }

    void insertPeriod(PlanPeriod period, String by, LocalDateTime at) {
        periods.save(new StoredPlanPeriod(period, by, at));
    }

    /** Inserts or replaces the target of one scope, with its explicit yearly values. */
    void saveTarget(String periodCode, PlanTarget target) {
        stored(periodCode).saveTarget(target);
    }

    void updateRates(String periodCode, BigDecimal conversionRate, BigDecimal nonRenewalRate, String by,
                     LocalDateTime at) {
        stored(periodCode).setRates(conversionRate, nonRenewalRate, by, at);
    }

    void recordChange(PlanChange change) {
        changes.save(new StoredPlanChange(change));
    }

    /** The change log of a period, newest first. */
    @Transactional(readOnly = true)
    List<PlanChange> changes(String periodCode) {
        return changes.findByPeriodCodeOrderByChangedAtDescIdDesc(periodCode).stream()
                .map(StoredPlanChange::toPlanChange).toList();
    }

    /** Published counts of national 高企 (docs/policy/doubling-plan.md) by year, for one scope. */
    @Transactional(readOnly = true)
    Map<Integer, Integer> reportedCounts(String scope) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        jdbc.query("SELECT report_year, reported FROM plan_reported_count WHERE scope = :scope ORDER BY report_year",
                Map.of("scope", scope), rs -> {
                    counts.put(rs.getInt("report_year"), rs.getInt("reported"));
                });
        return counts;
    }

    private StoredPlanPeriod stored(String code) {
        return periods.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no plan period " + code));
    }
}
