package com.techladder.rules.explain;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The criterion catalogue: {@code criteria/<programme>.yaml}, one file per programme beside the parameter files, one
 * entry per criterion, and {@code criteria/<subsidy>.yaml}, one file per subsidy, one entry per condition, amount and
 * step of its explanation (docs/policy-parameters.md "The criterion catalogue"). Loaded and checked once: an entry
 * naming an unknown parameter, lacking a text or a clause or using an undeclared placeholder, variants of one reported
 * id citing different clauses, and a {@link Criterion} or {@link SubsidyCriterion} without an entry, stop the load
 * with a message naming the criterion.
 */
public final class CriterionCatalogue {

    public static final String DIRECTORY = "criteria/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final class Standard {
        static final CriterionCatalogue CATALOGUE = load();
    }

    private final CriterionEntry[] entries = new CriterionEntry[Criterion.values().length];
    private final CriterionEntry[] subsidyEntries = new CriterionEntry[SubsidyCriterion.values().length];
    private final Map<Programme, String> inForceWith = new EnumMap<>(Programme.class);
    /** How a subsidy's explanation joins its steps, zh-CN and English. */
    private final Map<SubsidyProgramme, CriterionEntry.Wording> joinedBy = new EnumMap<>(SubsidyProgramme.class);
    /** The clauses by the id results carry: variants reporting as one id cite one clause (checked on loading). */
    private final Map<String, CriterionEntry> byId = new HashMap<>();

    private CriterionCatalogue() {
    }

    /** The catalogue shipped in this build, checked against the shipped parameter files. */
    public static CriterionCatalogue standard() {
        return Standard.CATALOGUE;
    }

    /** The catalogue file of {@code programme}: {@code criteria/tech-sme.yaml} for TECH_SME. */
    public static String fileOf(Programme programme) {
        return DIRECTORY + programme.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".yaml";
    }

    /** The catalogue file of {@code subsidy}: {@code criteria/rd-growth-grant.yaml} for RD_GROWTH_GRANT. */
    public static String fileOf(SubsidyProgramme subsidy) {
        return DIRECTORY + subsidy.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".yaml";
    }

    private static CriterionCatalogue load() {
        Map<Programme, JsonNode> files = new EnumMap<>(Programme.class);
        for (Programme p : Programme.values()) {
            files.put(p, read(fileOf(p)));
        }
        Map<SubsidyProgramme, JsonNode> subsidyFiles = new EnumMap<>(SubsidyProgramme.class);
        for (SubsidyProgramme p : SubsidyProgramme.values()) {
            subsidyFiles.put(p, read(fileOf(p)));
        }
        return parse(files, subsidyFiles, ParameterFiles.load().parameters().keySet());
    }

    /**
     * Builds and checks a catalogue from the files' contents, programmes' and subsidies'; {@code parameterKeys} are the
     * keys that exist.
     */
    static CriterionCatalogue parse(Map<Programme, JsonNode> files, Map<SubsidyProgramme, JsonNode> subsidyFiles,
            Set<String> parameterKeys) {
        CriterionCatalogue catalogue = new CriterionCatalogue();
        for (Map.Entry<Programme, JsonNode> file : files.entrySet()) {
            Programme programme = file.getKey();
            String where = fileOf(programme);
            JsonNode root = file.getValue();
            if (!programme.name().equals(root.path("programme").asText())) {
                throw new IllegalStateException(where + ": 'programme' must be " + programme);
            }
            String anchor = root.path("in_force_with").asText("");
            if (!parameterKeys.contains(anchor)) {
                throw new IllegalStateException(where + ": 'in_force_with' names unknown parameter '" + anchor + "'");
            }
            catalogue.inForceWith.put(programme, anchor);
            Iterator<Map.Entry<String, JsonNode>> it = root.path("criteria").properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Criterion c = named(Criterion.class, programme.name(), e.getKey(), where);
                catalogue.entries[c.ordinal()] = catalogue.add(programme.name(), c.entry(), e.getValue(),
                        root.path("criteria"), parameterKeys);
            }
        }
        for (Map.Entry<SubsidyProgramme, JsonNode> file : subsidyFiles.entrySet()) {
            SubsidyProgramme subsidy = file.getKey();
            String where = fileOf(subsidy);
            JsonNode root = file.getValue();
            if (!subsidy.name().equals(root.path("subsidy").asText())) {
                throw new IllegalStateException(where + ": 'subsidy' must be " + subsidy);
            }
            JsonNode joined = root.path("joined_by");
            catalogue.joinedBy.put(subsidy, new CriterionEntry.Wording(LocalDate.MIN,
                    required(joined, "zh", where + " joined_by"), required(joined, "en", where + " joined_by")));
            Iterator<Map.Entry<String, JsonNode>> it = root.path("criteria").properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                SubsidyCriterion c = named(SubsidyCriterion.class, subsidy.name(), e.getKey(), where);
                catalogue.subsidyEntries[c.ordinal()] = catalogue.add(subsidy.name(), c.entry(), e.getValue(),
                        root.path("criteria"), parameterKeys);
            }
        }
        for (Criterion c : Criterion.values()) {
            if (catalogue.entries[c.ordinal()] == null) {
                throw new IllegalStateException("criterion " + c + " has no entry " + c.entry() + " in "
                        + fileOf(c.programme()));
            }
        }
        for (SubsidyCriterion c : SubsidyCriterion.values()) {
            if (catalogue.subsidyEntries[c.ordinal()] == null) {
                throw new IllegalStateException("criterion " + c + " has no entry " + c.entry() + " in "
                        + fileOf(c.subsidy()));
            }
        }
        return catalogue;
    }

    /** Reads one entry and indexes it by the id its results carry. */
    private CriterionEntry add(String owner, String entryName, JsonNode node, JsonNode siblings, Set<String> parameterKeys) {
        CriterionEntry entry = entry(owner, entryName, node, siblings, parameterKeys);
        CriterionEntry known = byId.putIfAbsent(entry.id(), entry);
        if (known != null && !known.clauses().equals(entry.clauses())) {
            throw new IllegalStateException("criterion " + owner + "." + entryName + ": reports as "
                    + entry.id() + " but cites other clauses than the entries reporting as it");
        }
        return entry;
    }

    /** The constant {@code OWNER_NAME} of {@code names} ({@link Criterion} or {@link SubsidyCriterion}). */
    private static <E extends Enum<E>> E named(Class<E> names, String owner, String name, String where) {
        try {
            return Enum.valueOf(names, owner + "_" + name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": entry " + name + " is no criterion the rules know ("
                    + names.getSimpleName() + "." + owner + "_" + name + ")", e);
        }
    }

    private static CriterionEntry entry(String owner, String entryName, JsonNode node, JsonNode siblings,
            Set<String> parameterKeys) {
        String id = owner + "." + node.path("reports_as").asText(entryName);
        String name = "criterion " + owner + "." + entryName;
        String parameter = node.path("parameter").asText("");
        if (!parameterKeys.contains(parameter)) {
            throw new IllegalStateException(name + ": unknown parameter '" + parameter + "'");
        }
        List<CriterionEntry.Argument> arguments = new ArrayList<>();
        for (JsonNode a : node.path("arguments")) {
            String[] parts = a.asText().split(":");
            arguments.add(new CriterionEntry.Argument(parts[0], parts.length > 1 ? enumValue(Unit.class, parts[1], name) : null));
        }
        JsonNode wordingSource = node.has("wording_of") ? siblings.path(node.get("wording_of").asText()) : node;
        if (wordingSource.isMissingNode()) {
            throw new IllegalStateException(name + ": 'wording_of' names no entry of this file");
        }
        List<CriterionEntry.Wording> texts = wordings(wordingSource, name);
        for (CriterionEntry.Wording w : texts) {
            checkPlaceholders(w.zh(), arguments, name);
            checkPlaceholders(w.en(), arguments, name);
        }
        return new CriterionEntry(id, parameter,
                node.has("comparison") ? enumValue(Comparison.class, node.get("comparison").asText(), name) : null,
                node.has("unit") ? enumValue(Unit.class, node.get("unit").asText(), name) : null,
                node.has("wanted") ? node.get("wanted").asBoolean() : null,
                text(node, "required"), text(node, "shown"), List.copyOf(arguments), texts, clauses(node, name));
    }

    /** {@code clause: …}, or {@code clauses:} each with its {@code effective_from} where the clause changed. */
    private static List<CriterionEntry.Clause> clauses(JsonNode node, String name) {
        List<CriterionEntry.Clause> clauses = new ArrayList<>();
        if (node.has("clauses")) {
            for (JsonNode c : node.get("clauses")) {
                clauses.add(new CriterionEntry.Clause(LocalDate.parse(c.path("effective_from").asText()),
                        required(c, "clause", name)));
            }
        } else if (node.hasNonNull("clause")) {
            clauses.add(new CriterionEntry.Clause(LocalDate.MIN, required(node, "clause", name)));
        }
        if (clauses.isEmpty()) {
            throw new IllegalStateException(name + ": missing 'clause' (the policy clause the criterion comes from)");
        }
        return List.copyOf(clauses);
    }

    private static List<CriterionEntry.Wording> wordings(JsonNode node, String name) {
        List<CriterionEntry.Wording> texts = new ArrayList<>();
        if (node.has("texts")) {
            for (JsonNode t : node.get("texts")) {
                texts.add(new CriterionEntry.Wording(LocalDate.parse(t.path("effective_from").asText()),
                        required(t, "zh", name), required(t, "en", name)));
            }
        } else {
            texts.add(new CriterionEntry.Wording(LocalDate.MIN, required(node, "zh", name), required(node, "en", name)));
        }
        return List.copyOf(texts);
    }

    private static String required(JsonNode node, String field, String name) {
        String text = text(node, field);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(name + ": missing text '" + field + "'");
        }
        return text;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static void checkPlaceholders(String text, List<CriterionEntry.Argument> arguments, String name) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String p = m.group(1);
            if (!CriterionEntry.BUILT_IN.contains(p) && arguments.stream().noneMatch(a -> a.name().equals(p))) {
                throw new IllegalStateException(name + ": placeholder {" + p + "} is not among its 'arguments'");
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": '" + value + "' is no " + type.getSimpleName().toLowerCase(Locale.ROOT), e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CriterionCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public CriterionEntry entry(Criterion criterion) {
        return entries[criterion.ordinal()];
    }

    public CriterionEntry entry(SubsidyCriterion criterion) {
        return subsidyEntries[criterion.ordinal()];
    }

    /**
     * The policy clause behind the criterion a result reports as {@code id} ({@code TECH_SME.EMPLOYEES}) in assessment
     * year {@code year}, or null for an id of no catalogue entry (a gap such as {@code TECH_SME.FIGURES}). Works for
     * stored results too: they carry the id and the year.
     */
    public String clause(String id, int year) {
        CriterionEntry entry = byId.get(id);
        return entry == null ? null : entry.clause(year);
    }

    /** How the steps of {@code subsidy}'s explanation are joined, zh-CN and English. */
    public CriterionEntry.Wording joinedBy(SubsidyProgramme subsidy) {
        return joinedBy.get(subsidy);
    }

    /** The parameter whose value in force makes {@code programme} assessable in a year. */
    public String inForceWith(Programme programme) {
        return inForceWith.get(programme);
    }
}
