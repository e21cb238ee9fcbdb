package com.techladder.registry.console;

import java.util.List;

import org.springframework.stereotype.Component;

import com.techladder.batch.importing.ImportRecords;
import com.techladder.batch.importing.ImportStatus;

/**
 * The newest imports, for the console's import lists; read where the import records are kept (batch-import's
 * {@link ImportRecords}, JDBC like every write of them), so that a row of {@code data_import} is mapped in one place.
 */
@Component
class ImportHistory {

    private final ImportRecords records;

    ImportHistory(ImportRecords records) {
        this.records = records;
    }

    /** Newest first. */
    List<ImportStatus> newest(int limit) {
        return records.newest(limit);
    }
}
