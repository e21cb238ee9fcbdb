package com.techladder.rules.parameter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each parameter and each of its dated values starts in a parameter file, for naming a problem by its line.
 * A plain scan of the shipped layout (two spaces before a parameter name, {@code - effective_from} for each value):
 * a file laid out otherwise still parses, its problems just name the parameter without a line.
 */
final class ParameterLines {

    private static final Pattern PREFIX = Pattern.compile("^prefix:\\s*(\\S+)");
    private static final Pattern PARAMETER = Pattern.compile("^  ([A-Za-z0-9_]+):\\s*(#.*)?$");
    private static final Pattern VALUE = Pattern.compile("^\\s+-\\s+effective_from:\\s*['\"]?([0-9-]+)");

    private final String file;
    private final Map<String, Integer> lines = new HashMap<>();

    ParameterLines(String file, String text) {
        this.file = file;
        String prefix = "";
        String parameter = null;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            Matcher p = PREFIX.matcher(all[i]);
            Matcher name = PARAMETER.matcher(all[i]);
            if (p.find()) {
                prefix = p.group(1);
            } else if (name.matches()) {
                parameter = prefix + "." + name.group(1);
                lines.put(parameter, i + 1);
            } else if (parameter != null) {
                Matcher v = VALUE.matcher(all[i]);
                if (v.find()) {
                    lines.putIfAbsent(parameter + "#" + v.group(1), i + 1);
                }
            }
        }
    }

    String file() {
        return file;
    }

    /** The line of parameter {@code key}, 0 when not found. */
    int of(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The line of the value of parameter {@code key} that takes effect on {@code effectiveFrom}, else the parameter's. */
    int of(String key, LocalDate effectiveFrom) {
        return lines.getOrDefault(key + "#" + effectiveFrom, of(key));
    }
}
