package com.techladder.registry.dataerror;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.ObjectMapper;
import com.techladder.registry.audit.AuditLog;
import com.techladder.registry.dataerror.DataErrorReport.Status;

/**
 * 报告数据错误: an enterprise reports, staff answer; every step is written to the audit log with what an auditor needs
 * to read it (the enterprise, the field and year, the answer). Who may call what is decided by the controllers
 * (docs/security.md); the USCC of a report always comes from the signed-in account.
 */
@Service
public class DataErrorService {

    /** Reports on a page of the staff queue. */
    public static final int PAGE_SIZE = 20;
    static final String REPORTED = "DATA_ERROR_REPORTED";
    static final String RESOLVED = "DATA_ERROR_RESOLVED";
    static final String REJECTED = "DATA_ERROR_REJECTED";

    private final DataErrorReports reports;
    private final AuditLog auditLog;
    private final ObjectMapper json;

    DataErrorService(DataErrorReports reports, AuditLog auditLog, ObjectMapper json) {
        this.reports = reports;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** Stores a checked form ({@link DataErrorForm#problems()} empty) as an open report of {@code uscc}. */
    @Transactional
    public DataErrorReport report(String uscc, String enterpriseName, DataErrorForm form) {
        if (!form.problems().isEmpty()) {
            throw new IllegalArgumentException("the form has problems: " + form.problems().keySet());
        }
        DataErrorReport report = reports.save(new DataErrorReport(uscc, enterpriseName, form, AuditLog.currentUser(),
                LocalDateTime.now()));
        Map<String, Object> details = particulars(report);
        details.put("problem", report.problem());
        details.put("correctValue", report.correctValue());
        audit(REPORTED, report, details);
        return report;
    }

    /** Closes an open report; {@code 404} for an unknown one, {@link DataErrorReport.AlreadyAnsweredException} twice. */
    @Transactional
    public DataErrorReport answer(long id, Status outcome, String answer) {
        DataErrorReport report = reports.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no data error report " + id));
        report.answer(outcome, answer, AuditLog.currentUser(), LocalDateTime.now());
        Map<String, Object> details = particulars(report);
        details.put("answer", report.answer());
        audit(outcome == Status.RESOLVED ? RESOLVED : REJECTED, report, details);
        return report;
    }

    /** A page of the queue: open reports oldest first (the first to answer), answered ones newest first. */
    @Transactional(readOnly = true)
    public Page<DataErrorReport> queue(Status status, int page) {
        Sort order = status == Status.OPEN ? Sort.by("reportedAt", "id") : Sort.by("reportedAt", "id").descending();
        return reports.findByStatus(status.name(), PageRequest.of(Math.max(0, page), PAGE_SIZE, order));
    }

    /** The enterprise's own reports, newest first (the newest 20). */
    @Transactional(readOnly = true)
    public List<DataErrorReport> of(String uscc) {
        return reports.findTop20ByUsccOrderByReportedAtDescIdDesc(uscc);
    }

    /** True when {@code answer} may close a report: given, and not longer than the column. */
    public static boolean acceptable(String answer) {
        return answer != null && !answer.isBlank() && answer.strip().length() <= DataErrorForm.ANSWER_MAX;
    }

    private static Map<String, Object> particulars(DataErrorReport report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uscc", report.uscc());
        details.put("enterprise", report.enterpriseName());
        details.put("field", report.field());
        details.put("fiscalYear", report.fiscalYear());
        return details;
    }

    private void audit(String action, DataErrorReport report, Map<String, Object> details) {
        // Jackson 3 throws unchecked: a map of strings and numbers always writes
        auditLog.record(action, "data-error-report/" + report.id(), json.writeValueAsString(details));
    }
}
