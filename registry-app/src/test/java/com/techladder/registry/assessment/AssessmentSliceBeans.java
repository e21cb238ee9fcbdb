package com.techladder.registry.assessment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The assessment web layer's package-private service, stubbed, for {@link com.techladder.registry.system.WebSlice}. */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = ResultsExport.class)
public @interface AssessmentSliceBeans {
}
