package com.techladder.registry.plan;

import com.techladder.batch.assessment.Assessments;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress toward the plan: targets beside the certified counts on 31 Dec of each year, and the pipeline. */
@Service
class PlanProgressService {

    private final PlanTargetService targets;
    private final CertifiedCounts certified;
    private final PipelineQueries pipeline;
    private final Assessments assessments;
    private final RegistryMemo memo;
    /**
     * The technology-field counts are independent of the year-end counts and cost about as much on a registry of
     * 100,000: computed on a second connection meanwhile, a computed answer takes the longer of the two, not their sum
     * (docs/performance.md, the dashboard). Bounded: when both threads and the short queue are busy, the request
     * computes them itself.
     */
    private final ThreadPoolExecutor sideQueries = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(4), task -> {
                Thread thread = new Thread(task, "plan-side-query");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    PlanProgressService(PlanTargetService targets, CertifiedCounts certified, PipelineQueries pipeline,
            Assessments assessments, RegistryMemo memo) {
        this.targets = targets;
        this.certified = certified;
        this.pipeline = pipeline;
        this.assessments = assessments;
        this.memo = memo;
    }

    /**
     * @param periodCode the plan period, null for the current one
     * @param districtYear the year of the breakdowns, null for the latest year of the period not after today's
     */
    @Transactional(readOnly = true)
    PlanProgress progress(String periodCode, Integer districtYear, LocalDate asOf) {
        PlanPeriod period = targets.selected(periodCode, asOf);
        PlanTarget city = period.target(PlanScope.CITY).orElseThrow();
        Optional<PlanTarget> zone = period.target(PlanScope.HITECH_ZONE);
        int year = districtYear != null ? districtYear
                : Math.max(period.baseYear(), Math.min(period.targetYear(), asOf.getYear()));

        CompletableFuture<Map<String, Map<Programme, Integer>>> fieldCounts = CompletableFuture.supplyAsync(
                () -> memo.get(List.of("techFields", year), () -> certified.byTechField(yearEnd(year))), sideQueries);
        // one pass over the certificates for every year's counts, one query for every year's pipeline
        Map<Integer, CertifiedCounts.YearEnd> yearEnds = new TreeMap<>(yearEnds(period.baseYear(), period.targetYear()));
        if (!yearEnds.containsKey(year)) {
            yearEnds.putAll(yearEnds(year, year));
        }
        Map<Integer, Long> runs = new TreeMap<>();
        for (int y : yearEnds.keySet()) {
            assessments.officialRun(y).ifPresent(run -> runs.put(y, run.runId()));
        }
        Map<Integer, PipelineQueries.EligibleUncertified> pipelines = memo.get(List.of("pipelines", Map.copyOf(runs)),
                () -> pipeline.eligibleUncertifiedAtYearEnds(runs));
        List<PlanProgress.Year> years = years(period, city, zone, yearEnds, pipelines, asOf);

        Optional<PipelineQueries.EligibleUncertified> shownPipeline = Optional.ofNullable(pipelines.get(year));
        CertifiedCounts.YearEnd counts = yearEnds.get(year);
        Map<Programme, Integer> cityCounts = counts.cityWide();
        Map<Programme, Integer> zoneCounts = counts.hitechZone();

        return new PlanProgress(period.code(), period.title(), period.baseYear(), city.baseCount(),
                period.targetYear(), city.targetCount(), asOf, years, year,
                districts(period, year, counts.byDistrict(),
                        shownPipeline.map(PipelineQueries.EligibleUncertified::byDistrict).orElse(null)),
                new PlanProgress.Zone(PlanScope.nameZh(PlanScope.HITECH_ZONE),
                        zoneCounts.get(Programme.NATIONAL_HTE),
                        shownPipeline.map(PipelineQueries.EligibleUncertified::hitechZone).orElse(null),
                        zoneCounts.get(Programme.PROVINCIAL_HTE), zoneCounts.get(Programme.TECH_SME),
                        zone.map(PlanTarget::targetCount).orElse(null),
                        yearTarget(period, zone, year), zone.map(PlanTarget::assumption).orElse(false)),
                techFields(joined(fieldCounts)),
                new PlanProgress.Funnel(cityCounts.get(Programme.TECH_SME), cityCounts.get(Programme.PROVINCIAL_HTE),
                        cityCounts.get(Programme.NATIONAL_HTE)));
    }

    /** A side query's own exception, not wrapped, so that the problem handling sees what it would have seen. */
    private static <T> T joined(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        sideQueries.shutdownNow();
    }

    private Map<Integer, CertifiedCounts.YearEnd> yearEnds(int firstYear, int lastYear) {
        return memo.get(List.of("yearEnds", firstYear, lastYear), () -> certified.yearEnds(firstYear, lastYear));
    }

    /** One row per year of the period: target, certified counts on 31 Dec, pipeline of that year's official run. */
    private List<PlanProgress.Year> years(PlanPeriod period, PlanTarget city, Optional<PlanTarget> zone,
            Map<Integer, CertifiedCounts.YearEnd> yearEnds,
            Map<Integer, PipelineQueries.EligibleUncertified> pipelines, LocalDate asOf) {
        Map<Integer, Integer> reported = targets.reportedCounts(PlanScope.CITY);
        Map<Integer, Integer> cityPath = city.trajectory(period.baseYear(), period.targetYear()).byYear();
        List<PlanProgress.Year> years = new ArrayList<>();
        for (int year = period.baseYear(); year <= period.targetYear(); year++) {
            LocalDate yearEnd = yearEnd(year);
            Map<Programme, Integer> counts = yearEnds.get(year).cityWide();
            Integer pipelineCount = Optional.ofNullable(pipelines.get(year))
                    .map(PipelineQueries.EligibleUncertified::total).orElse(null);
            years.add(new PlanProgress.Year(year, cityPath.get(year), counts.get(Programme.NATIONAL_HTE),
                    pipelineCount, counts.get(Programme.PROVINCIAL_HTE), counts.get(Programme.TECH_SME),
                    reported.get(year), yearTarget(period, zone, year),
                    yearEnds.get(year).hitechZone().get(Programme.NATIONAL_HTE), !yearEnd.isAfter(asOf)));
        }
        return years;
    }

    /** Every division in code order — those with a target or a count — and UNKNOWN last when it has any. */
    private static List<PlanProgress.District> districts(PlanPeriod period, int year,
            Map<String, Map<Programme, Integer>> counts, Map<String, Integer> pipelineCounts) {
        TreeSet<String> codes = new TreeSet<>(counts.keySet());
        codes.remove(CertifiedCounts.UNKNOWN);
        period.targets().stream().map(PlanTarget::scope).filter(s -> PlanScope.division(s).isPresent())
                .forEach(codes::add);
        if (pipelineCounts != null) {
            pipelineCounts.keySet().stream().filter(k -> !CertifiedCounts.UNKNOWN.equals(k)).forEach(codes::add);
        }
        List<String> ordered = new ArrayList<>(codes);
        boolean unknownPresent = counts.containsKey(CertifiedCounts.UNKNOWN)
                || (pipelineCounts != null && pipelineCounts.containsKey(CertifiedCounts.UNKNOWN));
        if (unknownPresent) {
            ordered.add(CertifiedCounts.UNKNOWN);
        }
        List<PlanProgress.District> districts = new ArrayList<>();
        for (String code : ordered) {
            Map<Programme, Integer> c = counts.getOrDefault(code, CertifiedCounts.zeroCounts());
            Optional<PlanTarget> target = period.target(code);
            districts.add(new PlanProgress.District(code,
                    PlanScope.nameZh(code),
                    c.get(Programme.NATIONAL_HTE),
                    pipelineCounts == null ? null : pipelineCounts.getOrDefault(code, 0),
                    c.get(Programme.PROVINCIAL_HTE), c.get(Programme.TECH_SME),
                    target.map(PlanTarget::targetCount).orElse(null), yearTarget(period, target, year),
                    target.map(PlanTarget::assumption).orElse(false)));
        }
        return districts;
    }

    private static List<PlanProgress.Field> techFields(Map<String, Map<Programme, Integer>> counts) {
        List<PlanProgress.Field> fields = new ArrayList<>();
        for (TechField field : TechField.values()) {
            Map<Programme, Integer> c = counts.getOrDefault(String.valueOf(field.number()), CertifiedCounts.zeroCounts());
            fields.add(new PlanProgress.Field(String.valueOf(field.number()), field.nameZh(),
                    c.get(Programme.NATIONAL_HTE), c.get(Programme.PROVINCIAL_HTE), c.get(Programme.TECH_SME)));
        }
        Map<Programme, Integer> unknown = counts.getOrDefault(CertifiedCounts.UNKNOWN, CertifiedCounts.zeroCounts());
        fields.add(new PlanProgress.Field(CertifiedCounts.UNKNOWN, PlanScope.techFieldUnknownZh(), unknown.get(Programme.NATIONAL_HTE),
                unknown.get(Programme.PROVINCIAL_HTE), unknown.get(Programme.TECH_SME)));
        return fields;
    }

    private static Integer yearTarget(PlanPeriod period, Optional<PlanTarget> target, int year) {
        if (!period.covers(year)) {
            return null;
        }
        return target.map(t -> t.trajectory(period.baseYear(), period.targetYear()).targetFor(year)).orElse(null);
    }

    static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
