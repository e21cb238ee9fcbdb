package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A plan period as stored ({@code plan_period}, V6), the root of its targets: a target is saved through its period.
 * The pages and the forecast work with the immutable {@link PlanPeriod} this turns into.
 */
@Entity
@Table(name = "plan_period")
class StoredPlanPeriod {

    /** 全市 first, then 福州高新区, then the districts by code: the order of the targets table. */
    private static final Comparator<StoredPlanTarget> TARGET_ORDER = Comparator
            .comparingInt((StoredPlanTarget t) -> PlanScope.CITY.equals(t.scope()) ? 0
                    : PlanScope.HITECH_ZONE.equals(t.scope()) ? 1 : 2)
            .thenComparing(StoredPlanTarget::scope);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String title;
    private int baseYear;
    private int targetYear;
    private String source;
    @Column(precision = 5, scale = 4)
    private BigDecimal conversionRate;
    @Column(precision = 5, scale = 4)
    private BigDecimal nonRenewalRate;
    private String updatedBy;
    private LocalDateTime updatedAt;
    // a set, not a list: read together with each target's yearly values, a list would hold a target once per year
    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<StoredPlanTarget> targets = new HashSet<>();

    protected StoredPlanPeriod() {
        // for JPA
    }

    StoredPlanPeriod(PlanPeriod period, String by, LocalDateTime at) {
        this.code = period.code();
        this.title = period.title();
        this.baseYear = period.baseYear();
        this.targetYear = period.targetYear();
        this.source = period.source();
        this.conversionRate = period.conversionRate();
        this.nonRenewalRate = period.nonRenewalRate();
        this.updatedBy = by;
        this.updatedAt = at;
        period.targets().forEach(this::saveTarget);
    }

    /** Sets the target of {@code target}'s scope, adding it when the period has none for that scope yet. */
    void saveTarget(PlanTarget target) {
        Optional<StoredPlanTarget> existing = targets.stream().filter(t -> t.scope().equals(target.scope()))
                .findFirst();
        if (existing.isPresent()) {
            existing.get().set(target);
        } else {
            targets.add(new StoredPlanTarget(this, target));
        }
    }

    void setRates(BigDecimal conversionRate, BigDecimal nonRenewalRate, String by, LocalDateTime at) {
        this.conversionRate = conversionRate;
        this.nonRenewalRate = nonRenewalRate;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    PlanPeriod toPlanPeriod() {
        return new PlanPeriod(code, title, baseYear, targetYear, source, conversionRate, nonRenewalRate,
                targets.stream().sorted(TARGET_ORDER).map(StoredPlanTarget::toPlanTarget).toList());
    }
}
