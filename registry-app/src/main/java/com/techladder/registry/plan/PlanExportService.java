package com.techladder.registry.plan;

import com.techladder.registry.audit.AuditLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** XLSX exports of the dashboard's tables: one table per workbook, or {@code all} of them as sheets of one. */
@Service
class PlanExportService {

    static final String ALL = "all";
    /** The whole pipeline goes into the export, not just the first rows the page shows. */
    private static final int EXPORT_PIPELINE_LIMIT = 100_000;

    private final PlanProgressService progress;
    private final PlanPipelineService pipeline;
    private final PlanTargetService targets;
    private final MessageSource messages;
    private final AuditLog audit;

    PlanExportService(PlanProgressService progress, PlanPipelineService pipeline, PlanTargetService targets,
                      MessageSource messages, AuditLog audit) {
        this.progress = progress;
        this.pipeline = pipeline;
        this.targets = targets;
        this.messages = messages;
        this.audit = audit;
    }

    byte[] export(String table, String periodCode, LocalDate asOf, Locale locale) {
        if (!ALL.equals(table) && !PlanTables.NAMES.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "没有这张表：" + table + "（可选：" + String.join("、", PlanTables.NAMES) + "、all）");
        }
        PlanTables tables = new PlanTables(key -> messages.getMessage(key, null, key, locale));
        List<PlanTable> sheets = new ArrayList<>();
        for (String name : ALL.equals(table) ? PlanTables.NAMES : List.of(table)) {
            sheets.add(switch (name) {
                case "years" -> tables.years(progress.progress(periodCode, null, asOf));
                case "districts" -> tables.districts(progress.progress(periodCode, null, asOf));
                case "tech-fields" -> tables.techFields(progress.progress(periodCode, null, asOf));
                case "funnel" -> tables.funnel(progress.progress(periodCode, null, asOf));
                case "pipeline" -> tables.pipeline(pipeline.pipeline(asOf, EXPORT_PIPELINE_LIMIT));
                case "expiring" -> tables.expiring(pipeline.expiring(asOf));
                default -> tables.targets(targets.selected(periodCode, asOf));
            });
        }
        // the pipeline and expiry sheets name enterprises: who took them out is for the auditors to see
        audit.record("PLAN_EXPORTED", "plan-export/" + table, "{\"asOf\":\"" + asOf + "\"}");
        return PlanWorkbook.write(sheets);
    }
}
