package com.techladder.batch.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One run of an import job as its steps see it: the import (data_import.id, the identifying job parameter), the
 * staged upload, the kind, and the encoding the first step found (kept in the job's execution context, so a
 * relaunched job decodes the file the same way).
 */
record ImportRun(long importId, Path file, Charset explicitEncoding, ImportDefinition definition, JobExecution job) {

    static final String IMPORT_ID = "importId";
    static final String FILE = "file";
    static final String ENCODING = "encoding";
    private static final String DETECTED_ENCODING = "import.encoding";
    private static final String BOM_LENGTH = "import.bomLength";
    /** Fuzhou's calendar decides what "today" and "the current year" mean for the contract's date rules. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static JobParameters parameters(long importId, Path file, Charset explicitEncoding) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLong(IMPORT_ID, importId)
                .addString(FILE, file.toAbsolutePath().toString(), false);
        if (explicitEncoding != null) {
            parameters.addString(ENCODING, explicitEncoding.name(), false);
        }
        return parameters.toJobParameters();
    }

    static ImportRun of(StepExecution step, ImportDefinitions definitions) {
        return of(step.getJobExecution(), definitions);
    }

    static ImportRun of(JobExecution job, ImportDefinitions definitions) {
        JobParameters parameters = job.getJobParameters();
        String encoding = parameters.getString(ENCODING);
        return new ImportRun(parameters.getLong(IMPORT_ID), Path.of(parameters.getString(FILE)),
                encoding == null ? null : Charset.forName(encoding),
                definitions.ofJob(job.getJobInstance().getJobName()), job);
    }

    DetectedEncoding encoding() {
        ExecutionContext context = job.getExecutionContext();
        return new DetectedEncoding(Charset.forName(context.getString(DETECTED_ENCODING)), context.getInt(BOM_LENGTH));
    }

    void rememberEncoding(DetectedEncoding encoding) {
        job.getExecutionContext().putString(DETECTED_ENCODING, encoding.charset().name());
        job.getExecutionContext().putInt(BOM_LENGTH, encoding.bomLength());
    }
}
