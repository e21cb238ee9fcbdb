package com.techladder.batch.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry's version: a counter that every import merge changing the registry advances, in the merge's transaction
 * and under its lock (import_merge_lock.registry_version). A classification run records the version it was launched
 * on, so that it can tell whether the registry it would continue on is still the one it started on.
 */
@Component
public class RegistryVersion {

    private final JdbcTemplate jdbc;

    RegistryVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.queryForObject("SELECT registry_version FROM import_merge_lock WHERE id = 1", Long.class);
    }

    /** Called by a merge that holds the merge lock. */
    static void advance(JdbcTemplate jdbc) {
        jdbc.update("UPDATE import_merge_lock SET registry_version = registry_version + 1 WHERE id = 1");
    }
}
