package com.techladder.registry.portal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.support.AbstractMessageSource;

import com.techladder.rules.record.RecordColumn;

/**
 * The labels of the record's columns ({@code field.<jsonKey>}, e.g. {@code field.techStaff}) come from the record
 * contract ({@link RecordColumn#labelZh()}, {@link RecordColumn#labelEn()}), not from the message bundles: a new
 * column is labelled where it is declared. They answer as the parent of the application's message source, so the
 * bundles still hold everything else (the columns' help texts among it) and could override a label. Declared by
 * {@link LocaleConfig}, which web slices load too.
 */
final class RecordLabels {

    static final String PREFIX = "field.";

    private RecordLabels() {
    }

    /** Makes the labels the parent of the application's message source. */
    static BeanPostProcessor asParentOfMessageSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("messageSource".equals(beanName) && bean instanceof HierarchicalMessageSource source
                        && source.getParentMessageSource() == null) {
                    source.setParentMessageSource(new Labels());
                }
                return bean;
            }
        };
    }

    /** {@code field.<key>} of a record column, in Chinese unless the reader's language is English. */
    static Optional<String> label(String code, Locale locale) {
        if (!code.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return RecordColumn.byKey(code.substring(PREFIX.length())).map(column ->
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? column.labelEn() : column.labelZh());
    }

    private static final class Labels extends AbstractMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            return label(code, locale).map(text -> new MessageFormat(text.replace("'", "''"), locale)).orElse(null);
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return label(code, locale).orElse(null);
        }
    }
}
