package com.techladder.registry.plan;

import com.techladder.registry.system.Problems;
import com.techladder.registry.audit.AuditLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialRun;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** XLSX exports of the dashboard's tables: one table per workbook, or {@code all} of them as sheets of one. */
@Service
class PlanExportService {

    static final String ALL = "all";
    private static final List<String> PROGRESS_TABLES = List.of("years", "districts", "tech-fields", "funnel");

    private final PlanProgressService progress;
    private final PlanPipelineService pipeline;
    private final PlanTargetService targets;
    private final MessageSource messages;
    private final AuditLog audit;

    private final Assessments assessments;

    PlanExportService(PlanProgressService progress, PlanPipelineService pipeline, PlanTargetService targets,
                      MessageSource messages, AuditLog audit, Assessments assessments) {
        this.assessments = assessments;
        this.progress = progress;
        this.pipeline = pipeline;
        this.targets = targets;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Checks the request and gathers the small tables now (an unknown table or period is answered before anything is
     * sent); the pipeline and expiry sheets, as long as the registry makes them, are read from the database while the
     * workbook is written to {@code out} — the whole pipeline, not just the rows the page shows.
     *
     * @param year the year of the breakdowns and the assessment year whose official run the pipeline sheets read
     */
    StreamingResponseBody export(String table, String periodCode, Integer year, LocalDate asOf, Locale locale) {
        if (!ALL.equals(table) && !PlanTables.NAMES.contains(table)) {
            throw Problems.status(HttpStatus.NOT_FOUND, "api.plan.noTable", table,
                    String.join(", ", PlanTables.NAMES) + ", " + ALL);
        }
        PlanTables tables = new PlanTables(key -> messages.getMessage(key, null, key, locale));
        List<PlanTable> sheets = new ArrayList<>();
        List<String> names = ALL.equals(table) ? PlanTables.NAMES : List.of(table);
        // four tables come from the same progress report: computed once
        PlanProgress report = names.stream().anyMatch(PROGRESS_TABLES::contains)
                ? progress.progress(periodCode, year, asOf) : null;
        OfficialRun run = assessments.officialRun(year).orElse(null);
        for (String name : names) {
            sheets.add(switch (name) {
                case "years" -> tables.years(report);
                case "districts" -> tables.districts(report);
                case "tech-fields" -> tables.techFields(report);
                case "funnel" -> tables.funnel(report);
                case "pipeline" -> tables.pipeline(entry -> pipeline.forEachInPipeline(run, asOf, entry));
                case "expiring" -> tables.expiring(certificate -> pipeline.forEachExpiring(run, asOf, certificate));
                case "targets" -> tables.targets(targets.selected(periodCode, asOf));
                default -> tables.history(targets.history(targets.selected(periodCode, asOf).code()));
            });
        }
        // the pipeline and expiry sheets name enterprises: who took them out is for the auditors to see
        audit.record("PLAN_EXPORTED", "plan-export/" + table, "{\"asOf\":\"" + asOf + "\"}");
        return out -> PlanWorkbook.write(sheets,
                flag -> messages.getMessage(flag ? "common.yes" : "common.no", null, locale), out);
    }
}
