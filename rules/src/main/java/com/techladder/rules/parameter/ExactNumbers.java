package com.techladder.rules.parameter;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A parameter value read with its decimals as written: 0.30 stays 0.30 rather than the double 0.3, so a value typed in
 * the browser or the API is exported in the parameter files as the officer typed it, and a version diffs cleanly
 * against the repository's files. Used on {@link ParameterChange#value()} and for the page's typed value.
 */
public final class ExactNumbers extends ValueDeserializer<JsonNode> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** JSON text (a number, boolean, table…) as a tree with exact decimals. */
    public static JsonNode readTree(String text) {
        return JSON.readTree(text);
    }

    /** Inside a larger document (the draft's JSON): the rest of it follows this value. */
    private static final ObjectReader IN_DOCUMENT = JSON.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
        return IN_DOCUMENT.readValue(parser);
    }
}
