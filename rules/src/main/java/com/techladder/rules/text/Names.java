package com.techladder.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The names and short texts the rules show in zh-CN and English — programmes, subsidies, technology fields, units, the
 * texts of a point table's bands, the texts a programme's sheet words itself (gaps, values shown) — read from
 * {@code texts/names.yaml}, beside the criterion catalogue, rather than held as literals in Java (issue 12.6). Read
 * once; a constant without its texts stops the load, naming it.
 */
public final class Names {

    /** The resource, part of the ruleset version: units and band texts appear in every stored result. */
    public static final String FILE = "texts/names.yaml";

    private static final class File {
        static final JsonNode ROOT = read();
    }

    /** A name in both languages, and the other spellings a data file may give for it (certificate lists). */
    public record Pair(String zh, String en, List<String> alsoSpelled) {
    }

    private Names() {
    }

    /** The pairs of {@code constants}, in their order, from section {@code section} of the file. */
    public static <E extends Enum<E>> Pair[] of(String section, E[] constants) {
        return of(File.ROOT, section, constants);
    }

    static <E extends Enum<E>> Pair[] of(JsonNode root, String section, E[] constants) {
        JsonNode node = root.path(section);
        Pair[] pairs = new Pair[constants.length];
        for (E c : constants) {
            JsonNode entry = node.path(c.name());
            List<String> also = new ArrayList<>();
            for (JsonNode a : entry.path("also_spelled")) {
                also.add(a.asText());
            }
            pairs[c.ordinal()] = new Pair(text(entry, section + "." + c.name(), "zh"),
                    text(entry, section + "." + c.name(), "en"), List.copyOf(also));
        }
        return pairs;
    }

    /**
     * The texts of {@code constants}, from section {@code section}, in each language its constant declares, indexed
     * [constant][language]. A constant without one of its texts, or a text using a placeholder its constant does not
     * declare, stops the load naming it.
     */
    public static <E extends Enum<E> & Template.Declared> Template[][] templates(String section, E[] constants) {
        return templates(File.ROOT, section, constants);
    }

    static <E extends Enum<E> & Template.Declared> Template[][] templates(JsonNode root, String section, E[] constants) {
        Template[][] templates = new Template[constants.length][];
        for (E c : constants) {
            String name = section + "." + c.name();
            List<String> languages = c.languages();
            templates[c.ordinal()] = new Template[languages.size()];
            for (int l = 0; l < languages.size(); l++) {
                templates[c.ordinal()][l] = Template.parse(text(root.path(section).path(c.name()), name, languages.get(l)),
                        c.placeholders(), name + " '" + languages.get(l) + "'");
            }
        }
        return templates;
    }

    /** The text {@code section.key} in {@code language} ({@code zh} or {@code en}). */
    public static String text(String section, String key, String language) {
        return text(File.ROOT.path(section).path(key), section + "." + key, language);
    }

    private static String text(JsonNode entry, String name, String language) {
        JsonNode t = entry.path(language);
        if (!t.isTextual() || t.asText().isEmpty()) {
            throw new IllegalStateException(FILE + ": " + name + " has no text '" + language + "'");
        }
        return t.asText();
    }

    private static JsonNode read() {
        try (InputStream in = Names.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + FILE);
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
