package com.techladder.registry.plan;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** The stored target of one scope in a period ({@code plan_target}), with its explicit yearly values. */
@Entity
@Table(name = "plan_target")
class StoredPlanTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private StoredPlanPeriod period;
    private String scope;
    private int baseCount;
    private int targetCount;
    private boolean assumption;
    private String note;
    @ElementCollection
    @CollectionTable(name = "plan_target_year", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "target_year")
    @Column(name = "target_count")
    private Map<Integer, Integer> explicitYears = new HashMap<>();

    protected StoredPlanTarget() {
        // for JPA
    }

    StoredPlanTarget(StoredPlanPeriod period, PlanTarget target) {
        this.period = period;
        this.scope = target.scope();
        set(target);
    }

    String scope() {
        return scope;
    }

    void set(PlanTarget target) {
        this.baseCount = target.baseCount();
        this.targetCount = target.targetCount();
        this.assumption = target.assumption();
        this.note = target.note();
        // a changed map rather than a new one: the rows of unchanged years stay
        explicitYears.keySet().retainAll(target.explicitYears().keySet());
        explicitYears.putAll(target.explicitYears());
    }

    PlanTarget toPlanTarget() {
        return new PlanTarget(scope, baseCount, targetCount, assumption, note, explicitYears);
    }
}
