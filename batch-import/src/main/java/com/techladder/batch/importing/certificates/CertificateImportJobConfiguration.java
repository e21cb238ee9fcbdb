package com.techladder.batch.importing.certificates;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code certificateImportJob}: official lists (证书/入库名单) into certificate, creating unknown enterprises. */
@Configuration(proxyBeanMethods = false)
class CertificateImportJobConfiguration {

    @Bean
    Job certificateImportJob(ImportSteps steps) {
        ImportKind kind = ImportKind.CERTIFICATES;
        return steps.job(kind)
                .start(steps.inspect(kind))
                .next(steps.stage(kind))
                .next(steps.merge(kind))
                .build();
    }
}
