package com.techladder.registry.dataerror;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored reports: the staff queue a page at a time, an enterprise's own newest first. */
interface DataErrorReports extends JpaRepository<DataErrorReport, Long> {

    Page<DataErrorReport> findByStatus(String status, Pageable page);

    List<DataErrorReport> findTop20ByUsccOrderByReportedAtDescIdDesc(String uscc);
}
