package com.techladder.batch.importing;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** First step of an import job: the file-level checks; records the encoding and the unknown-column warnings. */
@Component
class InspectTasklet implements Tasklet {

    private final ImportDefinitions definitions;
    private final ImportProperties properties;
    private final ImportRecords records;
    private final JdbcTemplate jdbc;

    InspectTasklet(ImportDefinitions definitions, ImportProperties properties, ImportRecords records, JdbcTemplate jdbc) {
        this.definitions = definitions;
        this.properties = properties;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ImportRun run = ImportRun.of(chunkContext.getStepContext().getStepExecution(), definitions);
        ImportFileCheck.Result checked = ImportFileCheck.check(run.file(), run.definition(), run.explicitEncoding(),
                properties.maxFileSize());
        run.rememberEncoding(checked.encoding());
        records.encoding(run.importId(), checked.encoding().charset().name());
        ImportIssues.insert(jdbc, run.importId(), checked.header().warnings());
        return RepeatStatus.FINISHED;
    }
}
