package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;

/** An import kind that is neither {@code enterprises} nor {@code certificates}: a client's mistake (HTTP 400). */
public class UnknownImportKindException extends MessageException {

    UnknownImportKindException(String given) {
        super(Message.of("import.file.unknownKind", given), null);
    }
}
