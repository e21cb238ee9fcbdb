package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Plan periods, their targets, explicit yearly values, the change log and published counts (tables of V6). */
@Repository
class PlanPeriodRepository {

    private final NamedParameterJdbcTemplate jdbc;

    PlanPeriodRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanPeriod> findAll() {
        List<PeriodRow> rows = jdbc.query("SELECT * FROM plan_period ORDER BY base_year, target_year",
                (rs, n) -> periodRow(rs));
        List<PlanPeriod> periods = new ArrayList<>();
        for (PeriodRow row : rows) {
            periods.add(row.withTargets(targets(row.id())));
        }
        return periods;
    }

    Optional<PlanPeriod> findByCode(String code) {
        List<PeriodRow> rows = jdbc.query("SELECT * FROM plan_period WHERE code = :code",
                Map.of("code", code), (rs, n) -> periodRow(rs));
        return rows.stream().findFirst().map(row -> row.withTargets(targets(row.id())));
    }

    void insertPeriod(PlanPeriod period, String by, LocalDateTime at) {
        jdbc.update("""
                INSERT INTO plan_period (code, title, base_year, target_year, source, conversion_rate, non_renewal_rate,
                                         updated_by, updated_at)
                VALUES (:code, :title, :baseYear, :targetYear, :source, :conversion, :nonRenewal, :by, :at)""",
                new MapSqlParameterSource()
                        .addValue("code", period.code()).addValue("title", period.title())
                        .addValue("baseYear", period.baseYear()).addValue("targetYear", period.targetYear())
                        .addValue("source", period.source())
                        .addValue("conversion", period.conversionRate())
                        .addValue("nonRenewal", period.nonRenewalRate())
                        .addValue("by", by).addValue("at", Timestamp.valueOf(at)));
        for (PlanTarget target : period.targets()) {
            saveTarget(period.code(), target);
        }
    }

    /** Inserts or replaces the target of one scope, with its explicit yearly values. */
    void saveTarget(String periodCode, PlanTarget target) {
        long periodId = periodId(periodCode);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("periodId", periodId).addValue("scope", target.scope())
                .addValue("base", target.baseCount()).addValue("target", target.targetCount())
                .addValue("assumption", target.assumption()).addValue("note", target.note());
        int updated = jdbc.update("""
                UPDATE plan_target SET base_count = :base, target_count = :target, assumption = :assumption, note = :note
                WHERE period_id = :periodId AND scope = :scope""", params);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO plan_target (period_id, scope, base_count, target_count, assumption, note)
                    VALUES (:periodId, :scope, :base, :target, :assumption, :note)""", params);
        }
        Long targetId = jdbc.queryForObject("SELECT id FROM plan_target WHERE period_id = :periodId AND scope = :scope",
                params, Long.class);
        jdbc.update("DELETE FROM plan_target_year WHERE target_id = :id", Map.of("id", targetId));
        target.explicitYears().forEach((year, count) -> jdbc.update(
                "INSERT INTO plan_target_year (target_id, target_year, target_count) VALUES (:id, :year, :count)",
                Map.of("id", targetId, "year", year, "count", count)));
    }

    void updateRates(String periodCode, BigDecimal conversionRate, BigDecimal nonRenewalRate, String by,
                     LocalDateTime at) {
        jdbc.update("""
                UPDATE plan_period SET conversion_rate = :conversion, non_renewal_rate = :nonRenewal,
                                       updated_by = :by, updated_at = :at
                WHERE code = :code""",
                new MapSqlParameterSource().addValue("code", periodCode)
                        .addValue("conversion", conversionRate).addValue("nonRenewal", nonRenewalRate)
                        .addValue("by", by).addValue("at", Timestamp.valueOf(at)));
    }

    void recordChange(PlanChange change) {
        jdbc.update("""
                INSERT INTO plan_change (period_code, scope, field, old_value, new_value, changed_by, changed_at)
                VALUES (:period, :scope, :field, :old, :new, :by, :at)""",
                new MapSqlParameterSource()
                        .addValue("period", change.periodCode()).addValue("scope", change.scope())
                        .addValue("field", change.field()).addValue("old", change.oldValue())
                        .addValue("new", change.newValue()).addValue("by", change.changedBy())
                        .addValue("at", Timestamp.valueOf(change.changedAt())));
    }

    /** The change log of a period, newest first. */
    List<PlanChange> changes(String periodCode) {
        return jdbc.query("SELECT * FROM plan_change WHERE period_code = :code ORDER BY changed_at DESC, id DESC",
                Map.of("code", periodCode), (rs, n) -> new PlanChange(rs.getString("period_code"),
                        rs.getString("scope"), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toLocalDateTime()));
    }

    /** Published counts of national 高企 (docs/policy/doubling-plan.md) by year, for one scope. */
    Map<Integer, Integer> reportedCounts(String scope) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        jdbc.query("SELECT report_year, reported FROM plan_reported_count WHERE scope = :scope ORDER BY report_year",
                Map.of("scope", scope), rs -> {
                    counts.put(rs.getInt("report_year"), rs.getInt("reported"));
                });
        return counts;
    }

    private long periodId(String code) {
        return jdbc.queryForObject("SELECT id FROM plan_period WHERE code = :code", Map.of("code", code), Long.class);
    }

    private List<PlanTarget> targets(long periodId) {
        Map<Long, Map<Integer, Integer>> years = new HashMap<>();
        jdbc.query("""
                SELECT y.target_id, y.target_year, y.target_count FROM plan_target_year y
                JOIN plan_target t ON t.id = y.target_id WHERE t.period_id = :periodId""",
                Map.of("periodId", periodId), rs -> {
                    years.computeIfAbsent(rs.getLong("target_id"), id -> new HashMap<>())
                            .put(rs.getInt("target_year"), rs.getInt("target_count"));
                });
        return jdbc.query("""
                SELECT * FROM plan_target WHERE period_id = :periodId
                ORDER BY CASE scope WHEN 'CITY' THEN 0 WHEN 'HITECH_ZONE' THEN 1 ELSE 2 END, scope""",
                Map.of("periodId", periodId), (rs, n) -> new PlanTarget(rs.getString("scope"),
                        rs.getInt("base_count"), rs.getInt("target_count"), rs.getBoolean("assumption"),
                        rs.getString("note"), years.getOrDefault(rs.getLong("id"), Map.of())));
    }

    private static PeriodRow periodRow(ResultSet rs) throws SQLException {
        return new PeriodRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getInt("base_year"),
                rs.getInt("target_year"), rs.getString("source"), rs.getBigDecimal("conversion_rate"),
                rs.getBigDecimal("non_renewal_rate"));
    }

    private record PeriodRow(long id, String code, String title, int baseYear, int targetYear, String source,
                             BigDecimal conversionRate, BigDecimal nonRenewalRate) {

        PlanPeriod withTargets(List<PlanTarget> targets) {
            return new PlanPeriod(code, title, baseYear, targetYear, source, conversionRate, nonRenewalRate, targets);
        }
    }
}
