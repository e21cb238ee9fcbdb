package com.techladder.registry.testing;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as its configuration reads them (application.yml, spring.messages), for tests without a context. */
public final class Bundles {

    private Bundles() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
