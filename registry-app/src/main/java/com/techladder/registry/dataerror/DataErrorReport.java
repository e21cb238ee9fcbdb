package com.techladder.registry.dataerror;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 报告数据错误 — an enterprise's report that a value in its registry record is wrong, and the staff's answer. Opened
 * by the enterprise, answered once by staff: resolved with a reply or rejected with a reason. The registry itself is
 * not changed here: a correction comes with the next import, which keeps its history.
 */
@Entity
@Table(name = "data_error_report")
public class DataErrorReport {

    /** Where a report stands. */
    public enum Status { OPEN, RESOLVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String uscc;
    private String enterpriseName;
    @Column(name = "field_key")
    private String field;
    private Integer fiscalYear;
    private String problem;
    private String correctValue;
    private String note;
    // kept as text (the column is a VARCHAR with a check): portable, and no dialect maps it to a native enum
    private String status;
    private String reportedBy;
    private LocalDateTime reportedAt;
    private String answer;
    private String answeredBy;
    private LocalDateTime answeredAt;
    @Version
    private int version;

    protected DataErrorReport() {
        // for JPA
    }

    DataErrorReport(String uscc, String enterpriseName, DataErrorForm form, String reportedBy, LocalDateTime at) {
        this.uscc = uscc;
        this.enterpriseName = enterpriseName;
        this.field = form.field();
        this.fiscalYear = form.year();
        this.problem = form.problem().strip();
        this.correctValue = DataErrorForm.blankToNull(form.correctValue());
        this.note = DataErrorForm.blankToNull(form.note());
        this.status = Status.OPEN.name();
        this.reportedBy = reportedBy;
        this.reportedAt = at;
    }

    /** Closes an open report with {@code answer}: the reply when resolved, the reason when rejected. */
    void answer(Status outcome, String answer, String by, LocalDateTime at) {
        if (outcome == Status.OPEN) {
            throw new IllegalArgumentException("an answer resolves or rejects");
        }
        if (status() != Status.OPEN) {
            throw new AlreadyAnsweredException(id);
        }
        this.status = outcome.name();
        this.answer = answer.strip();
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String enterpriseName() {
        return enterpriseName;
    }

    /** The field concerned: a record field's key ({@code techStaff}), {@code certificate} or {@code other}. */
    public String field() {
        return field;
    }

    public Integer fiscalYear() {
        return fiscalYear;
    }

    public String problem() {
        return problem;
    }

    public String correctValue() {
        return correctValue;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public String reportedBy() {
        return reportedBy;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }

    /** Answered already (by someone else, or twice): nothing is changed. */
    public static class AlreadyAnsweredException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        AlreadyAnsweredException(Long id) {
            super("data error report " + id + " is answered already");
        }
    }
}
