package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import interrupted mid-file resumes where it stopped: no row lost, none written twice, nothing visible in the
 * registry before the merge. The interruption is real: a constraint added to the staging table makes the write of the
 * third chunk fail (chunks of 50 rows), as a lost connection or a full disk would.
 */
class ImportRestartTest extends ImportTestSupport {

    private static final int ROWS = 230;

    @Autowired
    private JobExplorer explorer;

    @AfterEach
    void removeFault() {
        jdbc.update("ALTER TABLE accounting_year_history DROP CONSTRAINT IF EXISTS test_fault");
    }

    @Test
    void resumesAfterAFailureMidFileWithNoRowLostOrDuplicated() throws Exception {
        Path file = rowsOfOneYear();
        jdbc.update("ALTER TABLE accounting_year_history ADD CONSTRAINT test_fault CHECK (line < 120)");

        ImportStatus failed = importNow(ImportKind.ENTERPRISES, file);

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.message()).contains("导入中断").contains("重新启动");
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).as("two chunks committed").isEqualTo(100);
        assertThat(count("SELECT COUNT(*) FROM accounting_year")).as("nothing visible before the merge").isZero();
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();

        removeFault();
        ImportStatus resumed = imports.resume(failed.importId());

        assertThat(resumed.status()).as(resumed.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(resumed).extracting(ImportStatus::read, ImportStatus::written, ImportStatus::rejected)
                .containsExactly(ROWS, ROWS, 0);
        assertThat(jdbc.queryForList("SELECT source_line FROM accounting_year ORDER BY source_line", Integer.class))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, ROWS + 1).boxed().toList());
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).isEqualTo(ROWS);
        // an item is a chunk of 50 rows: the first run read three (the third failed to write); the relaunch skipped the
        // two committed and read the three left (rows 101–230)
        assertThat(stageReadCounts(failed.importId())).containsExactly(3L, 3L);
    }

    @Test
    void resumesAnImportWhoseProcessDiedWhileItRan() throws Exception {
        Path file = rowsOfOneYear();
        jdbc.update("ALTER TABLE accounting_year_history ADD CONSTRAINT test_fault CHECK (line < 60)");
        ImportStatus interrupted = importNow(ImportKind.ENTERPRISES, file);
        removeFault();
        // what a killed JVM leaves behind: the execution and its step still marked as running
        long execution = jdbc.queryForObject("SELECT job_execution_id FROM data_import WHERE id = ?", Long.class,
                interrupted.importId());
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ?",
                execution);
        jdbc.update("UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ? "
                + "AND status = 'FAILED'", execution);

        ImportStatus resumed = imports.resume(interrupted.importId());

        assertThat(resumed.status()).as(resumed.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(resumed.written()).isEqualTo(ROWS);
        assertThat(count("SELECT COUNT(DISTINCT source_line) FROM accounting_year")).isEqualTo(ROWS);
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

    private List<Long> stageReadCounts(long importId) {
        long execution = jdbc.queryForObject("SELECT job_execution_id FROM data_import WHERE id = ?", Long.class, importId);
        JobExecution last = explorer.getJobExecution(execution);
        return explorer.getJobExecutions(last.getJobInstance()).stream()
                .sorted(java.util.Comparator.comparing(JobExecution::getId))
                .flatMap(e -> e.getStepExecutions().stream())
                .filter(s -> s.getStepName().endsWith(".stage"))
                .map(StepExecution::getReadCount)
                .toList();
    }
}
