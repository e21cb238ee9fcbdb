package com.techladder.registry.review;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Indents stored JSON (parameter snapshots, an assessment's inputs) for reading. The stored text stays the evidence:
 * it is what the hash covers, so a text that does not parse is shown as it is.
 */
@Component
class PrettyJson {

    private final ObjectMapper mapper;

    PrettyJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String indent(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (JacksonException notJson) {
            return json;
        }
    }
}
