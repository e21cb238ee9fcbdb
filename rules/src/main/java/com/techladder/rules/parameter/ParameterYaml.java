package com.techladder.rules.parameter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import com.techladder.rules.result.Confidence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parameter files as text, both ways: reads the shipped format into a {@link ParameterSet} naming every problem with
 * its file, line and key; writes a set back in the same format (each file's header comments kept, parameters in the
 * order the file had them, band and segment tables one flow-style row per line), so an export of the shipped set
 * parses to the very same set and, numbers read and written with the decimals they were given, is the same text.
 */
public final class ParameterYaml {

    /** Decimals read as written (0.60 stays 0.60), so an export spells every number as the file it came from did. */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /** A plain YAML scalar that would read back as something other than the same text. */
    private static final Pattern NOT_PLAIN = Pattern.compile(
            "^$|^[-?:,\\[\\]{}#&*!|>'\"%@`\\s].*|.*(: | #|\\s$).*|^(true|false|yes|no|on|off|null|~)$"
                    + "|^[-+]?[0-9][0-9_.:eE+-]*$|^[0-9]{1,2}-[0-9]{1,2}$", Pattern.CASE_INSENSITIVE);
    /** In a flow mapping ({@code {band: A, …}}) these also end a plain scalar. */
    private static final Pattern NOT_PLAIN_IN_FLOW = Pattern.compile(".*[,\\[\\]{}].*");

    /** The parameters read, and what was wrong; the set holds only the parameters that could be read. */
    public record Read(ParameterSet set, List<ParameterProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private ParameterYaml() {
    }

    /** Reads and checks every file: schema, dates, sources, confidences, then {@link ParameterChecks}. */
    public static Read read(ParameterTexts texts) {
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, Parameter> parameters = new TreeMap<>();
        Map<String, ParameterLines> placeOf = new HashMap<>();
        for (Map.Entry<String, String> file : texts.parameterFiles().entrySet()) {
            ParameterLines lines = new ParameterLines(file.getKey(), file.getValue());
            Map<String, Parameter> read = readFile(file.getKey(), file.getValue(), lines, problems);
            for (Parameter p : read.values()) {
                placeOf.put(p.key(), lines);
                if (parameters.put(p.key(), p) != null) {
                    problems.add(new ParameterProblem(file.getKey(), lines.of(p.key()), p.key(), "duplicate", List.of()));
                }
            }
        }
        problems.addAll(ParameterChecks.check(parameters.values(), places(placeOf)));
        // in reading order: file by file as the index lists them, line by line
        List<String> order = new ArrayList<>(texts.files().keySet());
        problems.sort(Comparator.comparingInt((ParameterProblem p) -> order.indexOf(p.file())).thenComparingInt(ParameterProblem::line));
        return new Read(new ParameterSet(parameters), problems);
    }

    /** Reads one parameter file alone (an upload), with the same checks. */
    public static Read readFile(String fileName, String text) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(ParameterTexts.INDEX, "files:\n  - file: " + fileName + "\n");
        one.put(fileName, text);
        return read(new ParameterTexts(one));
    }

    /** The key prefix a parameter file declares, or null when it declares none. */
    public static String prefix(String text) {
        try {
            JsonNode prefix = YAML.readTree(text).path("prefix");
            return prefix.isString() ? prefix.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    static ParameterChecks.Places places(Map<String, ParameterLines> placeOf) {
        return new ParameterChecks.Places() {
            @Override
            public String file(String key) {
                ParameterLines lines = placeOf.get(key);
                return lines == null ? null : lines.file();
            }

            @Override
            public int line(String key, LocalDate effectiveFrom) {
                ParameterLines lines = placeOf.get(key);
                return lines == null ? 0 : lines.of(key, effectiveFrom);
            }
        };
    }

    private static Map<String, Parameter> readFile(String name, String text, ParameterLines lines,
            List<ParameterProblem> problems) {
        Map<String, Parameter> read = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ParameterProblem(name, line, null, "syntax", List.of(e.getOriginalMessage())));
            return read;
        }
        if (root == null || !root.path("prefix").isString() || root.path("prefix").asString().isBlank()) {
            problems.add(new ParameterProblem(name, 1, null, "prefix-missing", List.of()));
            return read;
        }
        if (!root.path("parameters").isObject() || root.path("parameters").isEmpty()) {
            problems.add(new ParameterProblem(name, 1, null, "parameters-missing", List.of()));
            return read;
        }
        String prefix = root.get("prefix").asString();
        for (Map.Entry<String, JsonNode> e : root.get("parameters").properties()) {
            String key = prefix + "." + e.getKey();
            List<ParameterValue> values = new ArrayList<>();
            JsonNode node = e.getValue();
            if (!node.path("values").isArray() || node.path("values").isEmpty()) {
                problems.add(new ParameterProblem(name, lines.of(key), key, "values-missing", List.of()));
                continue;
            }
            for (JsonNode v : node.get("values")) {
                ParameterValue value = value(v, key, name, lines, problems);
                if (value != null) {
                    values.add(value);
                }
            }
            if (!values.isEmpty()) {
                read.put(key, new Parameter(key, node.path("description").asString(""), node.path("unit").asString(""),
                        values));
            }
        }
        return read;
    }

    /** One dated value, or null after adding what is wrong with it. */
    private static ParameterValue value(JsonNode v, String key, String file, ParameterLines lines,
            List<ParameterProblem> problems) {
        String fromText = v.path("effective_from").asString("");
        LocalDate from = date(fromText);
        int line = from == null ? lines.of(key) : lines.of(key, from);
        List<ParameterProblem> found = new ArrayList<>();
        if (from == null) {
            found.add(new ParameterProblem(file, line, key, "date-invalid", List.of("effective_from", fromText)));
        }
        LocalDate to = null;
        if (v.hasNonNull("effective_to")) {
            to = date(v.get("effective_to").asString(""));
            if (to == null) {
                found.add(new ParameterProblem(file, line, key, "date-invalid", List.of("effective_to",
                        v.get("effective_to").asString(""))));
            } else if (from != null && to.isBefore(from)) {
                found.add(new ParameterProblem(file, line, key, "period-reversed", List.of(from.toString(), to.toString())));
            }
        }
        if (v.path("value").isMissingNode() || v.path("value").isNull()) {
            found.add(new ParameterProblem(file, line, key, "value-missing", List.of()));
        }
        if (v.path("source").asString("").isBlank()) {
            found.add(new ParameterProblem(file, line, key, "source-missing", List.of(fromText)));
        }
        Confidence confidence = confidence(v.path("confidence").asString(""));
        if (confidence == null) {
            found.add(new ParameterProblem(file, line, key, "confidence-invalid",
                    List.of(v.path("confidence").asString(""))));
        }
        problems.addAll(found);
        return found.isEmpty() ? new ParameterValue(from, to, v.get("value"), v.get("source").asString(), confidence) : null;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Confidence confidence(String text) {
        for (Confidence c : Confidence.values()) {
            if (c.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The set written as parameter files laid out like {@code template}'s: the same file names and index, each file's
     * header comments, prefix and parameter order; a parameter the template lacks goes after the others of its prefix.
     */
    public static ParameterTexts export(ParameterSet set, ParameterTexts template) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ParameterTexts.INDEX, template.files().get(ParameterTexts.INDEX));
        for (Map.Entry<String, String> file : template.parameterFiles().entrySet()) {
            files.put(file.getKey(), exportFile(set, file.getValue()));
        }
        return new ParameterTexts(files);
    }

    private static String exportFile(ParameterSet set, String template) {
        JsonNode root = YAML.readTree(template);
        String prefix = root.get("prefix").asString();
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            if (line.startsWith("prefix:")) {
                break;
            }
            out.append(line).append('\n');
        }
        out.append("prefix: ").append(prefix).append('\n').append("parameters:\n");
        List<String> keys = new ArrayList<>();
        root.get("parameters").propertyNames().forEach(name -> keys.add(prefix + "." + name));
        set.parameters().keySet().stream()
                .filter(key -> key.startsWith(prefix + ".") && !keys.contains(key))
                .forEach(keys::add);
        for (String key : keys) {
            Parameter p = set.parameters().get(key);
            if (p != null) {
                write(p, prefix, out);
            }
        }
        return out.toString();
    }

    private static void write(Parameter p, String prefix, StringBuilder out) {
        out.append("  ").append(p.key().substring(prefix.length() + 1)).append(":\n");
        if (!p.description().isEmpty()) {
            out.append("    description: ").append(scalar(p.description(), false)).append('\n');
        }
        if (!p.unit().isEmpty()) {
            out.append("    unit: ").append(scalar(p.unit(), false)).append('\n');
        }
        out.append("    values:\n");
        for (ParameterValue v : p.values()) {
            out.append("      - effective_from: ").append(v.effectiveFrom()).append('\n');
            if (v.effectiveTo() != null) {
                out.append("        effective_to: ").append(v.effectiveTo()).append('\n');
            }
            out.append("        value:");
            if (v.value().isArray()) {
                out.append('\n');
                for (JsonNode row : v.value()) {
                    out.append("          - ").append(flow(row)).append('\n');
                }
            } else {
                out.append(' ').append(node(v.value(), false)).append('\n');
            }
            out.append("        source: ").append(scalar(v.source(), false)).append('\n');
            out.append("        confidence: ").append(v.confidence().name().toLowerCase(Locale.ROOT)).append('\n');
        }
    }

    private static String flow(JsonNode node) {
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            node.properties().forEach(f -> fields.add(f.getKey() + ": " + flow(f.getValue())));
            return "{" + String.join(", ", fields) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(flow(n)));
            return "[" + String.join(", ", items) + "]";
        }
        return node(node, true);
    }

    private static String node(JsonNode node, boolean inFlow) {
        if (node.isObject() || node.isArray()) {
            return flow(node);
        }
        if (node.isString()) {
            return scalar(node.asString(), inFlow);
        }
        // as read or typed: 0.30 stays 0.30
        return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asString();
    }

    /** A text as YAML reads it back: plain when it can be, else double-quoted. */
    static String scalar(String text, boolean inFlow) {
        if (!NOT_PLAIN.matcher(text).matches() && !(inFlow && NOT_PLAIN_IN_FLOW.matcher(text).matches())
                && text.indexOf('\n') < 0) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
