package com.techladder.registry.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.techladder.registry.portal.Formats;

/**
 * The dashboard's tables as exportable rows. Column headers are message keys ({@code plan.col.*}) resolved in the
 * reader's language; values are the ones the page shows.
 */
final class PlanTables {

    /** Names of the exportable tables, as in {@code /api/v1/plan/exports/{table}.xlsx}. */
    static final List<String> NAMES = List.of("years", "districts", "tech-fields", "funnel", "pipeline", "expiring",
            "targets", "history");

    private final Function<String, String> label;

    /** @param label resolves a message key to the reader's language */
    PlanTables(Function<String, String> label) {
        this.label = label;
    }

    PlanTable years(PlanProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanProgress.Year y : progress.years()) {
            rows.add(Arrays.asList(y.year(), y.target(), y.certifiedNationalHte(), y.reportedNationalHte(),
                    y.eligiblePipeline(), y.certifiedProvincialHte(), y.certifiedTechSme(), y.hitechZoneTarget(),
                    y.hitechZoneCertifiedNationalHte(), y.complete()));
        }
        return table("years", rows, "year", "target", "certifiedNationalHte", "reportedNationalHte",
                "eligiblePipeline", "certifiedProvincialHte", "certifiedTechSme", "hitechZoneTarget",
                "hitechZoneCertifiedNationalHte", "complete");
    }

    PlanTable districts(PlanProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanProgress.District d : progress.districts()) {
            rows.add(Arrays.asList(d.district(), division(d.district()), d.certifiedNationalHte(), d.yearTarget(),
                    d.target(), d.eligiblePipeline(), d.certifiedProvincialHte(), d.certifiedTechSme(), d.assumption()));
        }
        PlanProgress.Zone z = progress.hitechZone();
        rows.add(Arrays.asList(PlanScope.HITECH_ZONE, division(PlanScope.HITECH_ZONE), z.certifiedNationalHte(),
                z.yearTarget(), z.target(), z.eligiblePipeline(), z.certifiedProvincialHte(), z.certifiedTechSme(),
                z.assumption()));
        return table("districts", rows, "district", "districtName", "certifiedNationalHte", "yearTarget",
                "periodTarget", "eligiblePipeline", "certifiedProvincialHte", "certifiedTechSme", "assumption");
    }

    PlanTable techFields(PlanProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanProgress.Field f : progress.techFields()) {
            rows.add(Arrays.asList(f.techField(), label.apply(Formats.techFieldKey(f.techField())),
                    f.certifiedNationalHte(), f.certifiedProvincialHte(),
                    f.certifiedTechSme()));
        }
        return table("tech-fields", rows, "techField", "techFieldName", "certifiedNationalHte",
                "certifiedProvincialHte", "certifiedTechSme");
    }

    PlanTable funnel(PlanProgress progress) {
        PlanProgress.Funnel f = progress.funnel();
        List<List<Object>> rows = List.of(
                Arrays.asList(label.apply("plan.rung.TECH_SME"), f.techSme()),
                Arrays.asList(label.apply("plan.rung.PROVINCIAL_HTE"), f.provincialHte()),
                Arrays.asList(label.apply("plan.rung.NATIONAL_HTE"), f.nationalHte()));
        return table("funnel", rows, "rung", "count");
    }

    /** The whole pipeline, streamed: {@code entries} hands over one entry at a time, closest first. */
    PlanTable pipeline(Consumer<Consumer<PipelineEntry>> entries) {
        return streamed("pipeline", row -> entries.accept(e -> row.accept(Arrays.asList(e.rank(), e.uscc(), e.name(),
                        division(e.district()), yesNo(e.inHitechZone()), word("outcome.", e.nationalHteOutcome()),
                        e.openCriteria(), e.scoreMin(), e.scoreMax(), word("tier.", e.eligibleTier()),
                        word("tier.", e.certifiedTier()), yesNo(e.provincialHte())))),
                "rank", "uscc", "name", "districtName", "inHitechZone", "outcome", "openCriteria", "scoreMin",
                "scoreMax", "eligibleTier", "certifiedTier", "provincialHte");
    }

    /** Every certificate about to expire, streamed like the pipeline. */
    PlanTable expiring(Consumer<Consumer<ExpiringCertificate>> certificates) {
        return streamed("expiring", row -> certificates.accept(c -> row.accept(Arrays.asList(c.uscc(), c.name(),
                        division(c.district()), yesNo(c.inHitechZone()), c.certificateNo(), c.issuedOn(), c.validUntil(),
                        c.daysLeft(), word("outcome.", c.latestOutcome()), yesNo(c.stillMeetsConditions())))),
                "uscc", "name", "districtName", "inHitechZone", "certificateNo", "issuedOn", "validUntil", "daysLeft",
                "outcome", "stillMeetsConditions");
    }

    /** A code (an outcome, a tier) as staff hand it on: its name; nothing stays empty. */
    private String word(String prefix, String code) {
        return code == null ? null : label.apply(prefix + code);
    }

    private String division(String code) {
        return label.apply(Formats.divisionKey(code));
    }

    private String yesNo(Boolean yes) {
        return yes == null ? null : label.apply(yes ? "common.yes" : "common.no");
    }

    /** Every scope's trajectory: base and target counts, then one column per year of the period. */
    PlanTable targets(PlanPeriod period) {
        List<String> headers = new ArrayList<>(List.of(label.apply("plan.col.scope"),
                label.apply("plan.col.districtName"), label.apply("plan.col.assumption")));
        for (int y = period.baseYear(); y <= period.targetYear(); y++) {
            headers.add(String.valueOf(y));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PlanTarget target : period.targets()) {
            List<Object> row = new ArrayList<>(List.of(target.scope(), division(target.scope()),
                    target.assumption()));
            Map<Integer, Integer> path = target.trajectory(period.baseYear(), period.targetYear()).byYear();
            row.addAll(path.values());
            rows.add(row);
        }
        return PlanTable.of(label.apply("plan.table.targets"), headers, rows);
    }

    /** The change log of a period, newest first. */
    PlanTable history(List<PlanChange> changes) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanChange c : changes) {
            rows.add(Arrays.asList(c.changedAt(), c.changedBy(), c.periodCode(), c.scope(), c.field(), c.oldValue(),
                    c.newValue()));
        }
        return table("history", rows, "changedAt", "changedBy", "periodCode", "scope", "field", "oldValue",
                "newValue");
    }

    private PlanTable table(String name, List<List<Object>> rows, String... columns) {
        return PlanTable.of(label.apply("plan.table." + name), headers(columns), rows);
    }

    private PlanTable streamed(String name, PlanTable.Rows rows, String... columns) {
        return new PlanTable(label.apply("plan.table." + name), headers(columns), rows);
    }

    private List<String> headers(String... columns) {
        return Arrays.stream(columns).map(c -> label.apply("plan.col." + c)).toList();
    }
}
