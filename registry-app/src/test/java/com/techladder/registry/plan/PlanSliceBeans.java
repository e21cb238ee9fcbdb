package com.techladder.registry.plan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The plan's package-private services, stubbed, for {@link com.techladder.registry.system.WebSlice}. */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = {PlanProgressService.class, PlanPipelineService.class, PlanTargetService.class,
        PlanExportService.class})
public @interface PlanSliceBeans {
}
