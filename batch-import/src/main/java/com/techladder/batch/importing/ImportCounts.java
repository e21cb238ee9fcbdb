package com.techladder.batch.importing;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows read so far (staged + rejected), rejected rows and warnings of an import.
 */
record ImportCounts(int read, int rejected, int warnings) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    /**
     * The counts of what the import's chunks committed: set-based counts over its staging table and its issues, so
     * SQL (the staging table is the import kind's).
     */
    static ImportCounts of(JdbcTemplate jdbc, long importId, ImportDefinition definition) {
        Integer staged = jdbc.queryForObject("SELECT COUNT(*) FROM " + definition.stagingTable() + " WHERE import_id = ?",
                Integer.class, importId);
        Integer rejected = jdbc.queryForObject("SELECT COUNT(DISTINCT line) FROM import_issue WHERE import_id = ? "
                + "AND severity = 'REJECTED'", Integer.class, importId);
        Integer warnings = jdbc.queryForObject("SELECT COUNT(*) FROM import_issue WHERE import_id = ? "
                + "AND severity = 'WARNING'", Integer.class, importId);
        return new ImportCounts(staged + rejected, rejected, warnings);
    }
}
