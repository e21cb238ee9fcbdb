package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import interrupted mid-file by an unexpected error fails cleanly: the registry untouched, nothing staged left
 * behind, no upload kept, a message in words (the cause, which may hold SQL, goes to the log) — and uploading the file
 * again imports it whole. The interruption is real: a constraint added to the staging table makes the write of the
 * third chunk fail (chunks of 50 rows), as a lost connection or a full disk would.
 */
@DatabaseSpecific
class ImportInterruptionTest extends ImportTestSupport {

    private static final int ROWS = 230;

    @Autowired
    private JobRepository jobRepository;

    @AfterEach
    void removeFault() {
        jdbc.update("ALTER TABLE accounting_year_history DROP CONSTRAINT IF EXISTS test_fault");
    }

    @Test
    void aFailureMidFileLeavesNothingBehindAndSaysSoInWordsThenTheFileImportsWholeWhenUploadedAgain() throws Exception {
        Path file = rowsOfOneYear();
        jdbc.update("ALTER TABLE accounting_year_history ADD CONSTRAINT test_fault CHECK (line < 120)");

        ImportStatus failed = importNow(ImportKind.ENTERPRISES, file);

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.message()).isEqualTo(ImportJobListener.INTERRUPTED.stored())
                .doesNotContainIgnoringCase("test_fault").doesNotContainIgnoringCase("insert")
                .doesNotContainIgnoringCase("constraint");
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).as("the two committed chunks dropped").isZero();
        assertThat(count("SELECT COUNT(*) FROM import_issue")).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_year")).as("nothing visible").isZero();
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();
        assertThat(uploadsLeft()).as("the stored upload is removed").isZero();
        long execution = jdbc.queryForObject("SELECT job_execution_id FROM data_import WHERE id = ?", Long.class,
                failed.importId());
        assertThat(jobRepository.getJobExecution(execution).getStatus()).isEqualTo(BatchStatus.ABANDONED);

        removeFault();
        ImportStatus again = importNow(ImportKind.ENTERPRISES, file);

        assertThat(again.status()).as(again.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again).extracting(ImportStatus::read, ImportStatus::written, ImportStatus::rejected)
                .containsExactly(ROWS, ROWS, 0);
        assertThat(jdbc.queryForList("SELECT source_line FROM accounting_year ORDER BY source_line", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(2, ROWS + 1).boxed().toList());
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).isEqualTo(ROWS);
    }

    private long uploadsLeft() throws Exception {
        Path staging = Path.of(STAGING_DIR);
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        }
    }

    private Path rowsOfOneYear() throws Exception {
        StringBuilder csv = new StringBuilder("uscc,name,district,established_on,fiscal_year,employees,tech_staff,"
                + "revenue,total_assets,rd_expense\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(withCheckDigit(String.format("9135010200000%04d", i))).append(",企业").append(i)
                    .append(",350102,2015-03-01,2023,100,20,1000,800,60\n");
        }
        return file("restart.csv", csv.toString());
    }
}
