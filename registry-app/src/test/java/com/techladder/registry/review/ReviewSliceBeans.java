package com.techladder.registry.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/** The review pages' package-private wording beans, real, for {@link com.techladder.registry.system.WebSlice}. */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({DiffWords.class, AuditWords.class, PrettyJson.class})
public @interface ReviewSliceBeans {
}
