package com.techladder.batch.importing;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What distinguishes one kind of import file: its columns, its cross-field rules, its staging table and how staged
 * rows are merged into the registry. The steps every import job runs ({@link ImportSteps}) do the rest.
 */
public interface ImportDefinition {

    ImportKind kind();

    /** The contract's columns, in the staging table's order. */
    List<? extends ImportColumn> columns();

    /** Staging columns computed by {@link #checkRow}, after the CSV columns. */
    List<StagingColumn> derivedColumns();

    String stagingTable();

    /** The key of a row (staging column names); a later row of the same file with the same key wins. */
    List<String> keyColumns();

    /** Cross-field rules of the contract, and the derived columns; cell rules have already been applied. */
    void checkRow(ParsedRow row, CellParser cells);

    /**
     * Moves the staged rows of {@code importId} into the registry with set-based statements (one transaction, opened
     * by the caller), leaves the staging table as the kind keeps its history (emptied, or the rows that changed
     * something) and answers how many registry rows were inserted or changed.
     */
    int merge(long importId, JdbcTemplate jdbc, LocalDateTime now);
}
