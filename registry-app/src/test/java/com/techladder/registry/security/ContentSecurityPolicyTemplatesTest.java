package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages keep to the Content-Security-Policy ({@link SecurityConfig#CONTENT_SECURITY_POLICY}: no inline script, no
 * inline style): no template has a script element with a body (a JSON data block excepted), an event-handler
 * attribute, a {@code javascript:} link, a style attribute or a style element. The browser tests check the rendered
 * pages too ({@code BrowserTest} fails on any violation the browser reports).
 */
class ContentSecurityPolicyTemplatesTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("\\s(th:)?style=\"|<style[\\s>]|javascript:");

    @Test
    void noTemplateNeedsUnsafeInline() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : List.of(INLINE_SCRIPT, EVENT_HANDLER, INLINE_STYLE)) {
                    Matcher found = pattern.matcher(html);
                    while (found.find()) {
                        violations.add(TEMPLATES.relativize(file) + ": " + found.group().trim());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
