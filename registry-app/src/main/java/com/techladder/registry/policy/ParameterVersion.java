package com.techladder.registry.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One immutable parameter-set version (table {@code parameter_version}); its files are read separately
 * ({@link ParameterVersions#texts}), as they are large.
 *
 * @param number        1 for the shipped files, then one more per approved draft
 * @param effectiveFrom first day a change of this version applies; null for version 1
 * @param effectiveTo   last day of a temporary change; null when open-ended
 * @param sources       the 文号 of the changed values
 * @param summary       what changed against the previous version, one line per value
 * @param draftId       the approved draft; null for version 1
 */
public record ParameterVersion(int number, LocalDate effectiveFrom, LocalDate effectiveTo, String sources,
        String summary, Long draftId, String authoredBy, String approvedBy, LocalDateTime createdAt) {
}
