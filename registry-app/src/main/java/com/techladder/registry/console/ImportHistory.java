package com.techladder.registry.console;

import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The newest imports, for the console's import lists, through the import facade ({@link ImportService}): the rows of
 * {@code data_import} are mapped in one place, batch-import's import records.
 */
@Component
class ImportHistory {

    private final ImportService imports;

    ImportHistory(ImportService imports) {
        this.imports = imports;
    }

    /** Newest first. */
    List<ImportStatus> newest(int limit) {
        return imports.newest(limit);
    }
}
