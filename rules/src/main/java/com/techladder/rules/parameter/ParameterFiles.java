package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import com.techladder.rules.result.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the parameter files under {@code parameters/} on the classpath: {@code index.yaml} lists the files, one per
 * programme or area; each file names a key {@code prefix} and its parameters with their dated values.
 */
public final class ParameterFiles {

    public static final String DIRECTORY = "parameters/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ParameterFiles() {
    }

    /** The file names listed in {@code index.yaml}, in order. */
    public static List<String> fileNames() {
        JsonNode index = read(DIRECTORY + "index.yaml");
        List<String> names = new ArrayList<>();
        index.get("files").forEach(f -> names.add(f.isObject() ? f.path("file").asString() : f.asString()));
        return names;
    }

    public static ParameterSet load() {
        Map<String, Parameter> map = new TreeMap<>();
        for (String name : fileNames()) {
            JsonNode file = read(DIRECTORY + name);
            String prefix = file.get("prefix").asText();
            Iterator<Map.Entry<String, JsonNode>> it = file.get("parameters").properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = prefix + "." + e.getKey();
                if (map.put(key, parameter(key, e.getValue())) != null) {
                    throw new IllegalStateException("parameter '" + key + "' defined twice");
                }
            }
        }
        return new ParameterSet(map);
    }

    static Parameter parameter(String key, JsonNode node) {
        List<ParameterValue> values = new ArrayList<>();
        for (JsonNode v : node.get("values")) {
            try {
                values.add(new ParameterValue(
                        LocalDate.parse(v.get("effective_from").asText()),
                        v.hasNonNull("effective_to") ? LocalDate.parse(v.get("effective_to").asText()) : null,
                        v.get("value"),
                        v.get("source").asText(),
                        Confidence.valueOf(v.get("confidence").asText().toUpperCase(Locale.ROOT))));
            } catch (RuntimeException e) {
                throw new IllegalStateException("parameter '" + key + "': bad value " + v + ": " + e.getMessage(), e);
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("parameter '" + key + "' has no values");
        }
        return new Parameter(key, node.path("description").asText(), node.path("unit").asText(""), values);
    }

    /** Raw bytes of a classpath resource, for the ruleset version. */
    public static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = open(resource)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ParameterFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return in;
    }
}
