package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;

/**
 * A file-level refusal of the CSV contract (no header, a required column absent, empty, not text, undecodable bytes,
 * too large, too many rejected rows): the whole file is refused and nothing is written. It names the problem as a
 * {@link Message} (codes {@code import.text.*}, {@code import.file.*}), which registry-app says in the reader's
 * language; the HTTP API maps this exception to 400 when it is raised at upload time.
 */
public class ImportFileRejectedException extends MessageException {

    public ImportFileRejectedException(String code, Object... args) {
        this(null, code, args);
    }

    public ImportFileRejectedException(Throwable cause, String code, Object... args) {
        super(Message.of(code, args), cause);
    }
}
