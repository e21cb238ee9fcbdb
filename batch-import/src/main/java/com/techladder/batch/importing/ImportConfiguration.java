package com.techladder.batch.importing;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stage step's reader, validator and writer. They are step-scoped: each step execution gets its own (two imports
 * may run at once), built for the kind of the running job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    @StepScope
    CsvRowReader importRowReader(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions) {
        ImportRun run = ImportRun.of(step, definitions);
        return new CsvRowReader(run.file(), run.encoding(), run.definition().columns());
    }

    @Bean
    @StepScope
    RowValidator importRowValidator(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions) {
        return new RowValidator(ImportRun.of(step, definitions).definition(), new CellParser(LocalDate.now(ImportRun.ZONE)));
    }

    @Bean
    @StepScope
    StagingWriter importStagingWriter(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            DataSource dataSource) {
        ImportRun run = ImportRun.of(step, definitions);
        return new StagingWriter(dataSource, run.definition(), run.importId());
    }
}
