package com.techladder.batch.importing.certificates;

import com.techladder.batch.importing.ImportJobFactory;
import com.techladder.batch.importing.ImportKind;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code certificateImportJob}: official lists (证书/入库名单) into certificate, creating unknown enterprises. */
@Configuration(proxyBeanMethods = false)
class CertificateImportJobConfiguration {

    @Bean
    Job certificateImportJob(ImportJobFactory jobs) {
        return jobs.build(ImportKind.CERTIFICATES);
    }
}
