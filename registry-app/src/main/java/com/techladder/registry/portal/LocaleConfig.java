package com.techladder.registry.portal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;

/**
 * zh-CN by default, English on request. A page switches with {@code ?lang=en} / {@code ?lang=zh_CN} (remembered in a
 * cookie). Pages ignore the browser's {@code Accept-Language}: the portal is a Chinese service and an English-language
 * browser must not surprise a user who never chose English. The API, called by scripts that cannot click a switch,
 * follows {@code Accept-Language} between the two; anything else falls back to zh-CN.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final String LANG_PARAM = "lang";
    static final String COOKIE = "techladder-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /** The bean name {@code localeResolver} is what DispatcherServlet looks up. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? fromAcceptLanguage(request)
                : Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    /** The labels of the record's columns, from its contract ({@link RecordLabels}); static, as a post-processor is. */
    @Bean
    static BeanPostProcessor recordLabels() {
        return RecordLabels.asParentOfMessageSource();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANG_PARAM);
        // an unknown ?lang= value is ignored rather than answered with 500
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** English only when the client prefers it over Chinese; request.getLocale() would invent the JVM default. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? Locale.SIMPLIFIED_CHINESE : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
