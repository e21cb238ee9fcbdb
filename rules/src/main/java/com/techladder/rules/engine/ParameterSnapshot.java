package com.techladder.rules.engine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.techladder.rules.parameter.ParameterSet;

/**
 * The document a classification run stores: {@code {"rulesetVersion": …, "parameters": {…}}} with the parameters in
 * canonical form, enough to rebuild an engine with exactly the values of that run.
 */
final class ParameterSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParameterSnapshot() {
    }

    static String write(String rulesetVersion, ParameterSet parameters) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("rulesetVersion", rulesetVersion);
        root.set("parameters", parameters.toJson());
        try {
            return JSON.writeValueAsString(root);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    static DroolsPolicyEngine read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("parameter snapshot is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.hasNonNull("parameters")) {
            throw new IllegalArgumentException("parameter snapshot has no 'parameters'");
        }
        ParameterSet parameters = ParameterSet.fromJson(root.get("parameters"));
        String version = root.hasNonNull("rulesetVersion") ? root.get("rulesetVersion").asText()
                : RulesetVersion.of(parameters);
        return new DroolsPolicyEngine(parameters, version);
    }
}
