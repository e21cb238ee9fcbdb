package com.techladder.batch.importing;

import static com.techladder.batch.importing.enterprises.EnterpriseImportJobTest.HEADER;
import static com.techladder.batch.importing.enterprises.EnterpriseImportJobTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.batch.DatabaseSpecific;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every registry row names the import that wrote it, and that import cannot vanish from under it; every accounting
 * year names an existing enterprise. H2 keeps foreign keys; PostgreSQL checks per statement and refuses deletes by
 * triggers (postgresql/V7), with the foreign key's SQLSTATE. And imports merge one at a time, across application
 * instances too: the merge locks import_merge_lock (V2).
 */
@DatabaseSpecific
class ImportLineageTest extends ImportTestSupport {

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void anImportWhoseRowsAreInTheRegistryCannotBeDeletedOrRenumbered() throws Exception {
        ImportStatus imported = importNow(ImportKind.ENTERPRISES, file("one.csv",
                HEADER + row(USCC_A, "甲公司", 2024, "1000")));
        long id = imported.importId();
        assertThat(jdbc.queryForObject("SELECT source_import_id FROM accounting_year", Long.class)).isEqualTo(id);

        assertThatThrownBy(() -> jdbc.update("DELETE FROM data_import WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE data_import SET id = ? WHERE id = ?", id + 1000, id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_import WHERE id = ?", Integer.class, id)).isOne();
        // its other columns stay writable
        jdbc.update("UPDATE data_import SET message = 'checked' WHERE id = ?", id);
    }

    @Test
    void anAccountingYearMustNameAnEnterpriseThatExists() throws Exception {
        ImportStatus imported = importNow(ImportKind.ENTERPRISES, file("one.csv", HEADER + row(USCC_A, "甲公司", 2024,
                "1000")));

        assertThatThrownBy(() -> jdbc.update("INSERT INTO accounting_year (uscc, fiscal_year, row_hash, source_import_id, "
                + "updated_at) VALUES (?, 2024, ?, ?, CURRENT_TIMESTAMP)", USCC_B, "0".repeat(64), imported.importId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE accounting_year SET uscc = ?", USCC_C))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM enterprise WHERE uscc = ?", USCC_A))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForList("SELECT uscc FROM accounting_year", String.class)).containsExactly(USCC_A);

        // without its years, the enterprise may go
        jdbc.update("DELETE FROM accounting_year");
        assertThat(jdbc.update("DELETE FROM enterprise WHERE uscc = ?", USCC_A)).isOne();
    }

    @Test
    void anImportNoRowNamesCanBeDeleted() {
        jdbc.update("INSERT INTO data_import (kind, file_name, sha256, status, started_by, started_at) "
                + "VALUES ('enterprises', 'x.csv', ?, 'FAILED', 'staff', CURRENT_TIMESTAMP)", "0".repeat(64));

        assertThat(jdbc.update("DELETE FROM data_import")).isOne();
    }

    @Test
    void aMergeWaitsWhileAnotherHoldsTheMergeLock() throws Exception {
        CompletableFuture<ImportStatus> waiting = new CompletableFuture<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            // what another instance's merge holds while it runs
            jdbc.queryForObject("SELECT id FROM import_merge_lock WHERE id = 1 FOR UPDATE", Integer.class);
            CompletableFuture.runAsync(() -> {
                try {
                    waiting.complete(importNow(ImportKind.ENTERPRISES, file("two.csv", HEADER
                            + row(USCC_B, "乙公司", 2024, "500"))));
                } catch (Exception e) {
                    waiting.completeExceptionally(e);
                }
            });
            sleep(1_500);
            assertThat(waiting).as("the merge waits for the lock").isNotDone();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accounting_year", Integer.class)).isZero();
        });

        ImportStatus merged = waiting.get(30, TimeUnit.SECONDS);
        assertThat(merged.status()).as(merged.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accounting_year", Integer.class)).isOne();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
