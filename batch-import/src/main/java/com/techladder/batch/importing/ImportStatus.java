package com.techladder.batch.importing;

import java.time.LocalDateTime;

/**
 * An import as the HTTP contract reports it ({@code GET /api/v1/imports/{importId}}), plus who started it and when.
 *
 * @param kind {@code enterprises} or {@code certificates}
 * @param status {@code STARTED}, {@code COMPLETED} or {@code FAILED}
 * @param read data rows read (blank lines not counted)
 * @param written registry rows inserted or changed (0 when the same file is imported again)
 * @param rejected rows skipped for breaking a rule (each listed in the rejections CSV)
 * @param warnings warnings (unknown columns, unusual certificate numbers, repeated keys)
 * @param message the summary, or the reason the file was refused: a {@link com.techladder.batch.text.Message} in its
 *        stored form, said in the reader's words by registry-app
 */
public record ImportStatus(
        long importId,
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

    public static final String STARTED = "STARTED";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
}
