package com.techladder.batch.importing;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the import jobs share: their steps ({@link ImportSteps}), and the stage step's reader (which also checks the
 * rows) and writer. These two are step-scoped: each step execution gets its own (two imports may run at once), built
 * for the kind of the running job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    ImportSteps importSteps(JobRepository repository, PlatformTransactionManager transactionManager,
            InspectTasklet inspect, ValidatingRowReader importRowReader, StagingWriter importStagingWriter,
            MergeTasklet merge, ImportJobListener listener, ImportProperties properties) {
        return new ImportSteps(repository, transactionManager, inspect, importRowReader, importStagingWriter, merge,
                listener, properties.chunkSize());
    }

    @Bean
    @StepScope
    ValidatingRowReader importRowReader(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            DataSource dataSource) throws SQLException {
        ImportRun run = ImportRun.of(step, definitions);
        RowValidator validator = new RowValidator(run.definition(), new CellParser(LocalDate.now(ImportRun.ZONE)));
        // on PostgreSQL the COPY text of each row is encoded on a thread of its own, ahead of the step
        StagingTable table = new StagingTable(run.definition());
        UnaryOperator<ValidatedRow> preparer = StagingTable.usesCopy(dataSource)
                ? row -> row.staged() == null ? row : row.withCopyText(table.copyText(run.importId(), row.staged()))
                : null;
        return new ValidatingRowReader(run.file(), run.encoding(), run.definition(), validator, preparer);
    }

    @Bean
    @StepScope
    StagingWriter importStagingWriter(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            DataSource dataSource) {
        ImportRun run = ImportRun.of(step, definitions);
        return new StagingWriter(dataSource, run.definition(), run.importId());
    }
}
