package com.techladder.registry.selfcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.techladder.rules.record.RecordColumn;

/**
 * Reads the JSON body of {@code POST /api/v1/self-check} into a {@link SelfCheckInput} by hand rather than by data
 * binding: binding stops at the first value of the wrong type, and the contract wants every broken field listed.
 */
final class SelfCheckJson {

    private static final String ASSESSMENT_YEAR = "assessmentYear";
    private static final String RECORDS = "records";
    private static final String CERTIFICATES = "certificates";

    /** Beyond this exponent a number is passed on in scientific notation (see {@link #numberText}). */
    private static final int PLAIN_SCALE = 30;

    private final ObjectMapper objectMapper;

    /**
     * Reads JSON numbers as exact decimals: read as a double, 1e309 becomes Infinity, and 1e308 loses its digits
     * before the validator could refuse it.
     */
    SelfCheckJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    SelfCheckInput read(byte[] body) {
        List<Violation> violations = new ArrayList<>();
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : objectMapper.readTree(body);
        } catch (JacksonException e) {
            var location = e.getLocation();
            violations.add(Violation.of(SelfCheckValidator.BODY, "invalidJson",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()));
            return empty(violations);
        }
        if (root == null || !root.isObject()) {
            violations.add(Violation.of(SelfCheckValidator.BODY, "notObject"));
            return empty(violations);
        }
        String assessmentYear = null;
        Map<String, String> enterprise = new HashMap<>();
        List<Map<String, String>> records = List.of();
        List<Map<String, String>> certificates = List.of();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case ASSESSMENT_YEAR -> assessmentYear = scalar(key, value, violations);
                case RECORDS -> records = objects(key, value, violations);
                case CERTIFICATES -> certificates = objects(key, value, violations);
                default -> {
                    if (RecordColumn.byKey(key).filter(RecordColumn.enterpriseFields()::contains).isPresent()) {
                        putIfPresent(enterprise, key, scalar(key, value, violations));
                    } else {
                        violations.add(Violation.of(key, "unknownField"));
                    }
                }
            }
        }
        return new SelfCheckInput(assessmentYear, enterprise, records, certificates, violations);
    }

    private static SelfCheckInput empty(List<Violation> violations) {
        return new SelfCheckInput(null, Map.of(), List.of(), List.of(), violations);
    }

    /** An array of flat objects, each value as text; {@code null} counts as an empty array. */
    private static List<Map<String, String>> objects(String key, JsonNode value, List<Violation> violations) {
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            violations.add(Violation.of(key, "notArray"));
            return List.of();
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String path = key + "[" + i + "]";
            JsonNode element = value.get(i);
            Map<String, String> values = new HashMap<>();
            if (element.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = element.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    putIfPresent(values, field.getKey(),
                            scalar(path + "." + field.getKey(), field.getValue(), violations));
                }
            } else {
                violations.add(Violation.of(path, "notObject"));
            }
            out.add(values);
        }
        return out;
    }

    /** The text of a JSON number, string or boolean; null for JSON null; a violation for objects and arrays. */
    private static String scalar(String path, JsonNode value, List<Violation> violations) {
        if (value.isNull()) {
            return null;
        }
        if (value.isContainer()) {
            violations.add(Violation.of(path, "notValue"));
            return null;
        }
        return value.isNumber() ? numberText(value.decimalValue()) : value.asText();
    }

    /**
     * The number as written (8000.5, not a binary double's expansion); in scientific notation when its exponent is
     * large, as the plain form of 1e999999999 would be a billion characters. Either way the validator reads the
     * exact value and refuses what is out of range.
     */
    private static String numberText(BigDecimal number) {
        return Math.abs(number.scale()) <= PLAIN_SCALE ? number.toPlainString() : number.toString();
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
