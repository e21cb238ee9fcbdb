package com.techladder.registry.plan;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/v1/plan/exports/{table}.xlsx}: a dashboard table (or {@code all}) as an Excel workbook, streamed. */
@RestController
@PreAuthorize("hasAnyRole('STAFF', 'AUDITOR', 'ADMIN')")
class PlanExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanExportService exports;

    PlanExportController(PlanExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/plan/exports/{table}.xlsx")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String table, @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale) {
        LocalDate day = PlanCalendar.dayOr(asOf);
        StreamingResponseBody workbook = exports.export(table, period, year, day, locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("doubling-plan-" + table + "-" + day + ".xlsx").build().toString())
                .body(workbook);
    }
}
