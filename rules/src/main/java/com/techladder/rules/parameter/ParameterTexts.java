package com.techladder.rules.parameter;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter files of one parameter-set version as text: {@code index.yaml} first, then every file it lists, in
 * the format the repository ships ({@code rules/src/main/resources/parameters}). A stored version keeps exactly these
 * texts, so what the browser changed can be exported, committed and reviewed like the shipped files.
 *
 * @param files file name → YAML text, in index order
 */
public record ParameterTexts(Map<String, String> files) {

    public static final String INDEX = "index.yaml";

    public ParameterTexts {
        if (!files.containsKey(INDEX)) {
            throw new IllegalArgumentException("parameter files without " + INDEX);
        }
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The files shipped in this build: the first version of a new installation. */
    public static ParameterTexts shipped() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, resource(INDEX));
        ParameterFiles.fileNames().forEach(name -> files.put(name, resource(name)));
        return new ParameterTexts(files);
    }

    /** The same files with one replaced (or added after the others). */
    public ParameterTexts with(String fileName, String text) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        copy.put(fileName, text);
        return new ParameterTexts(copy);
    }

    /** The parameter files proper, without the index. */
    public Map<String, String> parameterFiles() {
        Map<String, String> copy = new LinkedHashMap<>(files);
        copy.remove(INDEX);
        return copy;
    }

    private static String resource(String name) {
        return new String(ParameterFiles.bytes(ParameterFiles.DIRECTORY + name), StandardCharsets.UTF_8);
    }
}
