package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.techladder.batch.DatabaseSpecific;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Launching an import when the job repository refuses: PostgreSQL answered "could not serialize access" to one of two
 * simultaneous uploads while Spring Batch created the job execution under SERIALIZABLE. Creation now runs under READ
 * COMMITTED (application.yml), a lost race is retried, and a launch that fails for good leaves a FAILED import with a
 * message in words and no upload behind.
 */
@DatabaseSpecific
class ImportLaunchTest extends ImportTestSupport {

    private static final String SERIALIZATION_FAILURE = "PreparedStatementCallback; SQL [INSERT into "
            + "BATCH_JOB_INSTANCE(JOB_INSTANCE_ID, JOB_NAME, JOB_KEY, VERSION) values (?, ?, ?, ?)]; ERROR: could not "
            + "serialize access due to read/write dependencies among transactions";

    @Autowired
    private List<Job> jobs;
    @Autowired
    private ImportDefinitions definitions;
    @Autowired
    private ImportRecords records;
    @Autowired
    private ImportProperties properties;
    @Autowired
    private ImportRecovery recovery;
    @Autowired
    private JobRepository realRepository;

    @Test
    void aLaunchThatLosesARaceIsRetriedAndImports() throws Exception {
        JobRepository repository = mock(JobRepository.class, AdditionalAnswers.delegatesTo(realRepository));
        doThrow(new PessimisticLockingFailureException(SERIALIZATION_FAILURE))
                .doAnswer(AdditionalAnswers.delegatesTo(realRepository))
                .when(repository).createJobInstance(any(), any());

        ImportStatus status = service(repository).importNow(ImportKind.ENTERPRISES, "a.csv", oneRow(), Optional.empty(),
                "staff");

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status.written()).isEqualTo(1);
    }

    @Test
    void aLaunchThatFailsForGoodIsFailedInWordsAndLeavesNoUpload() throws Exception {
        JobRepository repository = mock(JobRepository.class, AdditionalAnswers.delegatesTo(realRepository));
        doThrow(new PessimisticLockingFailureException(SERIALIZATION_FAILURE))
                .when(repository).createJobInstance(any(), any());
        long uploadsBefore = uploads();

        assertThatThrownBy(() -> service(repository).start(ImportKind.ENTERPRISES, "a.csv", oneRow(), Optional.empty(),
                "staff"))
                .isInstanceOf(ImportLaunchException.class)
                .hasMessageNotContaining("SQL").hasMessageNotContaining("serialize");

        ImportStatus status = imports.find(jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class))
                .orElseThrow();
        assertThat(status.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(status.message()).isEqualTo(ImportLaunchException.MESSAGE.stored()).doesNotContain("SQL")
                .doesNotContain("serialize").doesNotContain("BATCH_");
        assertThat(uploads()).as("the stored upload is removed").isEqualTo(uploadsBefore);
    }

    @Test
    void twentyPairsOfSimultaneousUploadsAllComplete() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Long> started = new ArrayList<>();
            for (int pair = 0; pair < 20; pair++) {
                CyclicBarrier together = new CyclicBarrier(2);
                String prefix = "pair" + pair + "-";
                List<Future<Long>> launches = new ArrayList<>();
                for (String uscc : List.of(USCC_A, USCC_B)) {
                    Callable<Long> launch = () -> {
                        Path file = file(prefix + uscc + ".csv", EnterpriseImportRows.one(uscc));
                        together.await();
                        return imports.start(ImportKind.ENTERPRISES, "pair.csv", file, Optional.empty(), "staff");
                    };
                    launches.add(threads.submit(launch));
                }
                for (Future<Long> launch : launches) {
                    started.add(launch.get());
                }
            }
            for (long importId : started) {
                ImportStatus status = awaitEnd(importId);
                assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private ImportService service(JobRepository repository) throws Exception {
        return new ImportService(jobs, definitions, records, properties, repository, jdbc, recovery);
    }

    private InputStream oneRow() {
        return new ByteArrayInputStream(EnterpriseImportRows.one(USCC_A).getBytes(StandardCharsets.UTF_8));
    }

    private ImportStatus awaitEnd(long importId) throws InterruptedException {
        ImportStatus status = imports.find(importId).orElseThrow();
        for (int i = 0; i < 1200 && ImportStatus.STARTED.equals(status.status()); i++) {
            Thread.sleep(50);
            status = imports.find(importId).orElseThrow();
        }
        return status;
    }

    private long uploads() throws Exception {
        Path staging = Path.of(STAGING_DIR);
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        }
    }

    /** A one-row enterprises file. */
    private static final class EnterpriseImportRows {
        static String one(String uscc) {
            return "uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,total_assets,rd_expense\n"
                    + uscc + ",福州科技有限公司,350102,2015-03-01,2023,100,20,1000,800,60\n";
        }
    }
}
