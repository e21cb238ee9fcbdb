package com.techladder.registry.policy;

import java.time.LocalDateTime;

/**
 * A proposed parameter change (table {@code parameter_draft}): typed changes, or one uploaded parameter file. It changes
 * no answer until a second person approves it.
 *
 * @param changesJson  {@code [{key, effectiveFrom, effectiveTo, value, source, confidence}]}; {@code []} for a file
 * @param fileName     the parameter file an upload replaces, or null
 * @param version      the version its approval created, or null
 */
public record PolicyDraft(long id, String title, String reason, int baseVersion, String changesJson, String fileName,
        String fileYaml, Status status, String authoredBy, LocalDateTime authoredAt, String decidedBy,
        String decisionReason, LocalDateTime decidedAt, Integer version) {

    public enum Status { DRAFT, APPROVED, REJECTED }

    public boolean open() {
        return status == Status.DRAFT;
    }

    public boolean isFile() {
        return fileName != null;
    }
}
