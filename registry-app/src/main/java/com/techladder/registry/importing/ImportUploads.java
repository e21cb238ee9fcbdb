package com.techladder.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.techladder.batch.importing.ImportFileRejectedException;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportLaunchException;
import com.techladder.batch.importing.ImportService;
import com.techladder.registry.audit.AuditLog;
import com.techladder.registry.audit.AuditReason;

/**
 * An upload from the API or the console: its import started by {@link ImportService}, and who uploaded which file
 * recorded in the audit log ({@value #UPLOADED} with the import as target, whose result the audit page reads from the
 * import itself; {@value #REFUSED} with the reason when the file was refused before an import existed).
 */
@Service
public class ImportUploads {

    public static final String UPLOADED = "IMPORT_UPLOADED";
    public static final String REFUSED = "IMPORT_REFUSED";
    /** The audit target of an import: {@code import/12}. */
    public static final String TARGET_PREFIX = "import/";

    private final ImportService imports;
    private final AuditLog auditLog;
    private final ObjectMapper json;

    ImportUploads(ImportService imports, AuditLog auditLog, ObjectMapper json) {
        this.imports = imports;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** As {@link ImportService#start}, by the signed-in user; the same exceptions. */
    public long start(ImportKind kind, String fileName, InputStream content, Optional<Charset> encoding)
            throws IOException {
        ObjectNode details = json.createObjectNode().put("kind", kind.code()).put("fileName", fileName);
        long importId;
        try {
            importId = imports.start(kind, fileName, content, encoding, AuditLog.currentUser());
        } catch (ImportFileRejectedException refused) {
            auditLog.record(REFUSED, null, AuditReason.put(details, refused.text()).toString());
            throw refused;
        } catch (ImportLaunchException notStarted) {
            auditLog.record(UPLOADED, TARGET_PREFIX + notStarted.importId(), details.toString());
            throw notStarted;
        }
        auditLog.record(UPLOADED, TARGET_PREFIX + importId, details.toString());
        return importId;
    }
}
