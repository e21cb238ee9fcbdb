package com.techladder.registry.policy.simulation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * The simulation export's package-private workbook, real, for {@link com.techladder.registry.system.WebSlice}.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ChangesWorkbook.class, SimulationScopes.class})
public @interface SimulationSliceBeans {
}
