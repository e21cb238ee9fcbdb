package com.techladder.batch.importing;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stage step's reader (which also checks the rows) and writer. They are step-scoped: each step execution gets its own (two imports
 * may run at once), built for the kind of the running job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    @StepScope
    ValidatingRowReader importRowReader(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            ImportProperties properties, DataSource dataSource) throws SQLException {
        ImportRun run = ImportRun.of(step, definitions);
        RowValidator validator = new RowValidator(run.definition(), new CellParser(LocalDate.now(ImportRun.ZONE)));
        // on PostgreSQL the COPY text of each chunk is encoded on a thread of its own, ahead of the step
        StagingTable table = new StagingTable(run.definition());
        UnaryOperator<RowBatch> preparer = StagingTable.usesCopy(dataSource)
                ? batch -> batch.withCopyText(table.copyText(run.importId(), batch.staged()))
                : null;
        return new ValidatingRowReader(run.file(), run.encoding(), run.definition(), validator,
                properties.chunkSize(), preparer);
    }

    @Bean
    @StepScope
    StagingWriter importStagingWriter(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            DataSource dataSource) {
        ImportRun run = ImportRun.of(step, definitions);
        return new StagingWriter(dataSource, run.definition(), run.importId());
    }
}
