package com.techladder.batch.importing;

/** A staging-table column computed from a row rather than read from a cell (e.g. a certificate's key). */
public record StagingColumn(String name, SqlType type) {
}
