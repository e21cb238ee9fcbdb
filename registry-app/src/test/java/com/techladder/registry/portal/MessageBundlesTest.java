package com.techladder.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The three message bundles stay in sync: the same keys, no empty text, the same placeholders in every language, and
 * the zh-CN bundle equal to the default one (which holds the zh-CN texts). Run it after adding a key anywhere.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Map<String, String> defaults = load("messages.properties");
    private final Map<String, String> chinese = load("messages_zh_CN.properties");
    private final Map<String, String> english = load("messages_en.properties");

    @Test
    void everyBundleHasTheSameKeys() {
        assertThat(chinese.keySet()).as("messages_zh_CN vs messages").containsExactlyInAnyOrderElementsOf(defaults.keySet());
        assertThat(english.keySet()).as("messages_en vs messages").containsExactlyInAnyOrderElementsOf(defaults.keySet());
        assertThat(defaults).hasSizeGreaterThan(100);
    }

    @Test
    void noTextIsEmpty() {
        for (Map<String, String> bundle : List.of(defaults, chinese, english)) {
            assertThat(bundle.entrySet()).noneMatch(e -> e.getValue().isBlank());
        }
    }

    @Test
    void theZhCnBundleSaysWhatTheDefaultBundleSays() {
        assertThat(chinese).isEqualTo(defaults);
    }

    @Test
    void everyLanguageUsesTheSamePlaceholders() {
        Map<String, String> mismatches = new TreeMap<>();
        defaults.forEach((key, text) -> {
            if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                mismatches.put(key, placeholders(text) + " vs " + placeholders(english.get(key)));
            }
        });
        assertThat(mismatches).isEmpty();
    }

    /** MessageFormat treats ' as a quote in texts with arguments: a lone apostrophe would swallow the placeholder. */
    @Test
    void textsWithPlaceholdersHaveNoLoneApostrophe() {
        for (Map<String, String> bundle : List.of(defaults, english)) {
            assertThat(bundle.entrySet())
                    .filteredOn(e -> !placeholders(e.getValue()).isEmpty())
                    .noneMatch(e -> e.getValue().replace("''", "").contains("'"));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
