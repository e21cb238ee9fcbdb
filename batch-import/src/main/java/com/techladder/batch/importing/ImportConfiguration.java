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
 * The stage step's reader (which also checks the rows) and writer. They are step-scoped: each step execution gets its own (two imports
 * may run at once), built for the kind of the running job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    @StepScope
    ValidatingRowReader importRowReader(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            ImportProperties properties) {
        ImportRun run = ImportRun.of(step, definitions);
        RowValidator validator = new RowValidator(run.definition(), new CellParser(LocalDate.now(ImportRun.ZONE)));
        return new ValidatingRowReader(run.file(), run.encoding(), run.definition(), validator,
                properties.chunkSize());
    }

    @Bean
    @StepScope
    StagingWriter importStagingWriter(@Value("#{stepExecution}") StepExecution step, ImportDefinitions definitions,
            DataSource dataSource) {
        ImportRun run = ImportRun.of(step, definitions);
        return new StagingWriter(dataSource, run.definition(), run.importId());
    }
}
