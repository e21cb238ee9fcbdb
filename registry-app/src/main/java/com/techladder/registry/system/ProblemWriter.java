package com.techladder.registry.system;

import java.io.IOException;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an RFC 9457 problem straight to the response, for code that runs before Spring MVC (security filters), where
 * {@link ProblemHandling} cannot help.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    ProblemWriter(ObjectMapper objectMapper, MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * A problem whose detail is the bundle's {@code code} with {@code args}, in the request's language: before Spring
     * MVC no interceptor has read {@code ?lang=}, so it is read here, else the locale resolver's choice.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            Object... args) throws IOException {
        String lang = request.getParameter("lang");
        Locale locale = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE
                : locales.getObject().resolveLocale(request);
        ProblemDetail problem = Problems.of(status, messages.getMessage(code, args, code, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
