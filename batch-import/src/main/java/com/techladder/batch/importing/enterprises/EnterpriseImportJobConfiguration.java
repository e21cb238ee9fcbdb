package com.techladder.batch.importing.enterprises;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code enterpriseImportJob}: the enterprises file (企业年度数据) into enterprise, accounting_year and its history. */
@Configuration(proxyBeanMethods = false)
class EnterpriseImportJobConfiguration {

    @Bean
    Job enterpriseImportJob(ImportSteps steps) {
        ImportKind kind = ImportKind.ENTERPRISES;
        return steps.job(kind)
                .start(steps.inspect(kind))
                .next(steps.stage(kind))
                .next(steps.merge(kind))
                .build();
    }
}
