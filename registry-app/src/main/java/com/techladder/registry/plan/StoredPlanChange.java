package com.techladder.registry.plan;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of a plan's change log as stored ({@code plan_change}); appended, never changed. */
@Entity
@Table(name = "plan_change")
class StoredPlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String periodCode;
    private String scope;
    private String field;
    private String oldValue;
    private String newValue;
    private String changedBy;
    private LocalDateTime changedAt;

    protected StoredPlanChange() {
        // for JPA
    }

    StoredPlanChange(PlanChange change) {
        this.periodCode = change.periodCode();
        this.scope = change.scope();
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.changedBy = change.changedBy();
        this.changedAt = change.changedAt();
    }

    PlanChange toPlanChange() {
        return new PlanChange(periodCode, scope, field, oldValue, newValue, changedBy, changedAt);
    }
}
