package com.techladder.registry.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored plan periods, each read with its targets and their yearly values (a handful of rows). */
interface StoredPlanPeriods extends JpaRepository<StoredPlanPeriod, Long> {

    @EntityGraph(attributePaths = {"targets", "targets.explicitYears"})
    List<StoredPlanPeriod> findAllByOrderByBaseYearAscTargetYearAsc();

    @EntityGraph(attributePaths = {"targets", "targets.explicitYears"})
    Optional<StoredPlanPeriod> findByCode(String code);
}
