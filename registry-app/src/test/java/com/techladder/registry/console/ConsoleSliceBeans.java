package com.techladder.registry.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The console's package-private web beans for {@link com.techladder.registry.system.WebSlice}: its page and wording
 * beans real, what reads the database stubbed.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = {ImportHistory.class, ImportRejections.class, NightlySchedule.class})
@Import({ImportPage.class, ImportColumnNames.class, ImportTemplates.class})
public @interface ConsoleSliceBeans {
}
