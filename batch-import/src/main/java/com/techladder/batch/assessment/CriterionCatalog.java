package com.techladder.batch.assessment;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the fixed texts of criteria once ({@code criterion_text}, keyed by content hash) so that an assessment record
 * keeps only what varies per enterprise: {@code actual}, {@code required}, {@code result}, {@code points} and a
 * {@code ref}. {@link #compactAll} and {@link #expand} are exact inverses: {@code expand(compact)} is the text of
 * {@link AssessmentJson#result(Assessment)}, so no information is lost.
 */
@Component
public class CriterionCatalog {

    /** A bound on the in-memory caches, in case some rule writes texts that vary per enterprise. */
    private static final int CACHED = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ObjectMapper compactMapper;
    /** Keeps amounts exactly as written (35.00 stays 35.00), so that an expanded result is the original text. */
    private final ObjectMapper treeMapper = AssessmentJson.newMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    private final ConcurrentMap<CriterionText, String> refs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CriterionText> texts = new ConcurrentHashMap<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    /** Texts met by the serializer that the database may not have, collected per {@link #compactAll} call. */
    private final ThreadLocal<Map<String, CriterionText>> newTexts = new ThreadLocal<>();

    public CriterionCatalog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.compactMapper = AssessmentJson.newMapper()
                .addModule(new SimpleModule().addSerializer(CriterionResult.class, new CompactCriterion()))
                .build();
    }

    /** The fixed texts of one criterion. */
    record CriterionText(String id, String clause, String description, String descriptionEn, Confidence confidence,
            Integer maxPoints) {

        static CriterionText of(CriterionResult c) {
            return new CriterionText(c.id(), c.clause(), c.description(), c.descriptionEn(), c.confidence(), c.maxPoints());
        }

        String hash() {
            String joined = String.join("\u001f", id, String.valueOf(clause), String.valueOf(description),
                    String.valueOf(descriptionEn), String.valueOf(confidence), String.valueOf(maxPoints));
            return AssessmentJson.sha256(joined).substring(0, 20);
        }
    }

    /**
     * The stored forms of these results, criteria by reference; the texts the database may not have yet are added
     * first, in a transaction of their own: texts are content-addressed, so one written for a chunk that then rolls
     * back is still right for its retry.
     */
    public List<String> compactAll(List<Assessment> assessments) {
        return compactAllUtf8(assessments).stream().map(json -> new String(json, StandardCharsets.UTF_8)).toList();
    }

    /** {@link #compactAll} as UTF-8 bytes, written so by Jackson: what the classification's COPY sends. */
    List<byte[]> compactAllUtf8(List<Assessment> assessments) {
        Map<String, CriterionText> missing = new TreeMap<>();
        newTexts.set(missing);
        List<byte[]> compact = new ArrayList<>(assessments.size());
        try {
            for (Assessment assessment : assessments) {
                compact.add(compactMapper.writeValueAsBytes(assessment));
            }
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write an assessment", e);
        } finally {
            newTexts.remove();
        }
        if (!missing.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            missing.forEach((ref, t) -> rows.add(new Object[] {ref, t.id(), t.clause(), t.description(),
                    t.descriptionEn(), t.confidence() == null ? null : t.confidence().name(), t.maxPoints()}));
            ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO criterion_text (ref,"
                    + " criterion_id, clause, description, description_en, confidence, max_points)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows));
            stored.addAll(missing.keySet());
        }
        return compact;
    }

    /** The full result JSON of a stored (compact) one: the same text {@link AssessmentJson#result} gives. */
    public String expand(String compact) {
        try {
            JsonNode root = treeMapper.readTree(compact);
            for (JsonNode programme : root.path("programmes")) {
                List<JsonNode> criteria = new ArrayList<>();
                for (JsonNode criterion : programme.path("criteria")) {
                    criteria.add(expandCriterion((ObjectNode) criterion));
                }
                if (programme.has("criteria")) {
                    ((ObjectNode) programme).putArray("criteria").addAll(criteria);
                }
            }
            return treeMapper.writeValueAsString(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored assessment JSON cannot be read", e);
        }
    }

    private ObjectNode expandCriterion(ObjectNode compact) {
        if (!compact.has("ref")) {
            return compact;
        }
        CriterionText text = text(compact.get("ref").asText());
        TreeMap<String, JsonNode> fields = new TreeMap<>();
        compact.properties().forEach(f -> fields.put(f.getKey(), f.getValue()));
        fields.remove("ref");
        putText(fields, "id", text.id());
        putText(fields, "clause", text.clause());
        putText(fields, "description", text.description());
        putText(fields, "descriptionEn", text.descriptionEn());
        putText(fields, "confidence", text.confidence() == null ? null : text.confidence().name());
        if (text.maxPoints() != null) {
            fields.put("maxPoints", treeMapper.getNodeFactory().numberNode(text.maxPoints()));
        }
        ObjectNode full = treeMapper.createObjectNode();
        fields.forEach(full::set);
        return full;
    }

    private void putText(Map<String, JsonNode> fields, String name, String value) {
        if (value != null) {
            fields.put(name, treeMapper.getNodeFactory().textNode(value));
        }
    }

    String ref(CriterionResult criterion) {
        if (refs.size() > CACHED) {
            refs.clear();
        }
        return refs.computeIfAbsent(CriterionText.of(criterion), text -> {
            String ref = text.hash();
            texts.putIfAbsent(ref, text);
            return ref;
        });
    }

    private CriterionText text(String ref) {
        CriterionText known = texts.get(ref);
        if (known != null) {
            return known;
        }
        CriterionText loaded = jdbc.queryForObject("SELECT criterion_id, clause, description, description_en, confidence,"
                + " max_points FROM criterion_text WHERE ref = ?", (rs, i) -> {
                    int points = rs.getInt("max_points");
                    Integer maxPoints = rs.wasNull() ? null : points;
                    String confidence = rs.getString("confidence");
                    return new CriterionText(rs.getString("criterion_id"), rs.getString("clause"),
                            rs.getString("description"), rs.getString("description_en"),
                            confidence == null ? null : Confidence.valueOf(confidence), maxPoints);
                }, ref);
        if (texts.size() > CACHED) {
            texts.clear();
        }
        texts.put(ref, loaded);
        return loaded;
    }

    /** Writes a criterion as {@code actual, points, ref, required, result} (alphabetical, nulls left out). */
    private final class CompactCriterion extends StdSerializer<CriterionResult> {

        CompactCriterion() {
            super(CriterionResult.class);
        }

        @Override
        public void serialize(CriterionResult c, JsonGenerator json, SerializationContext provider) {
            json.writeStartObject();
            if (c.actual() != null) {
                json.writeStringProperty("actual", c.actual());
            }
            if (c.points() != null) {
                json.writeNumberProperty("points", c.points());
            }
            String ref = ref(c);
            Map<String, CriterionText> missing = newTexts.get();
            if (missing != null && !stored.contains(ref)) {
                missing.put(ref, CriterionText.of(c));
            }
            json.writeStringProperty("ref", ref);
            if (c.required() != null) {
                json.writeStringProperty("required", c.required());
            }
            if (c.result() != null) {
                json.writeStringProperty("result", c.result().name());
            }
            json.writeEndObject();
        }
    }
}
