package com.techladder.batch.importing;

/**
 * A file-level refusal of the CSV contract (no header, a required column absent, empty, not text, undecodable bytes,
 * too large, too many rejected rows): the whole file is refused and nothing is written. The message is zh-CN and
 * names the problem; the HTTP API maps this exception to 400 when it is raised at upload time.
 */
public class ImportFileRejectedException extends RuntimeException {

    public ImportFileRejectedException(String message) {
        super(message);
    }

    public ImportFileRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
