package com.techladder.registry.console;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.techladder.batch.importing.ImportColumn;
import com.techladder.batch.importing.ImportDefinitions;
import com.techladder.batch.importing.ImportKind;
import com.techladder.registry.portal.Formats;

/**
 * A column of an import file by the name its reader knows: the CSV contract's Chinese header for a Chinese reader, the
 * CSV name otherwise (docs/contracts/import-csv.md). A rejected row stores the column's CSV name; the reason beside it
 * is a message code, said by {@link com.techladder.registry.system.MessageWords}.
 */
@Component
class ImportColumnNames {

    private static final String CHINESE = "zh";

    private final Map<String, ImportColumn> columns = new HashMap<>();

    ImportColumnNames(ImportDefinitions definitions) {
        for (ImportKind kind : ImportKind.values()) {
            definitions.of(kind).columns().forEach(column -> columns.putIfAbsent(column.csvName(), column));
        }
    }

    /** Its Chinese header (the contract's first alias) in Chinese, else its CSV name; a dash for the whole row. */
    String name(String csvName, Locale locale) {
        if (csvName == null) {
            return Formats.NOTHING;
        }
        ImportColumn column = columns.get(csvName);
        return column == null || !CHINESE.equals(locale.getLanguage()) ? csvName : column.aliases().get(0);
    }
}
