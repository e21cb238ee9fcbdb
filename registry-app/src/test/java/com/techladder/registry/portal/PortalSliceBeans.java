package com.techladder.registry.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The portal's package-private service, stubbed, for {@link com.techladder.registry.system.WebSlice}. */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = NextSteps.class)
public @interface PortalSliceBeans {
}
