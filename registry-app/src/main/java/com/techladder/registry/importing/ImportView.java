package com.techladder.registry.importing;

import java.time.LocalDateTime;

import com.techladder.batch.importing.ImportStatus;

/**
 * {@code GET /api/v1/imports/{importId}}: the contract's fields ({@code importId} as a string, like every id of the
 * API), plus who started the import, when, and the encoding asked for.
 */
record ImportView(
        String importId,
        String kind,
        String fileName,
        String sha256,
        String status,
        int read,
        int written,
        int rejected,
        int warnings,
        String message,
        String encoding,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt) {

    static ImportView of(ImportStatus status) {
        return new ImportView(String.valueOf(status.importId()), status.kind(), status.fileName(), status.sha256(),
                status.status(), status.read(), status.written(), status.rejected(), status.warnings(),
                status.message(), status.encoding(), status.startedBy(), status.startedAt(), status.finishedAt());
    }
}
