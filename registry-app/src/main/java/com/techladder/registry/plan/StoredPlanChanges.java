package com.techladder.registry.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stored change log of the plans. */
interface StoredPlanChanges extends JpaRepository<StoredPlanChange, Long> {

    List<StoredPlanChange> findByPeriodCodeOrderByChangedAtDescIdDesc(String periodCode);
}
