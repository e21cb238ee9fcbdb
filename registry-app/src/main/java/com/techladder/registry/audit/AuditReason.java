package com.techladder.registry.audit;

import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.techladder.batch.text.Message;
import com.techladder.registry.system.MessageWords;

/**
 * Why something was refused, in an audit entry's details: stored as the message it is,
 * {@code "reason": {"code": "import.text.missingColumns", "args": ["programme (类别)"]}}, and served to a reader in words
 * of their language — {@code "reason"} the sentence, {@code "reasonCode"} and {@code "reasonArgs"} what a script may
 * branch on (docs/contracts/http-api.md, audit log).
 */
public final class AuditReason {

    static final String FIELD = "reason";

    private AuditReason() {
    }

    /** Records {@code reason} in {@code details}. */
    public static ObjectNode put(ObjectNode details, Message reason) {
        ObjectNode stored = details.putObject(FIELD).put("code", reason.code());
        ArrayNode args = stored.putArray("args");
        reason.args().forEach(args::add);
        return details;
    }

    /** The reason recorded in {@code details}, if there is one. */
    public static Optional<Message> read(JsonNode details) {
        JsonNode reason = details.path(FIELD);
        if (!reason.isObject() || !reason.path("code").isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Message(reason.path("code").asString(),
                    reason.path("args").valueStream().map(JsonNode::asString).toList()));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }

    /** {@code details} as served: a recorded reason in the reader's words, with its code and arguments beside them. */
    static ObjectNode said(ObjectNode details, MessageWords words, Locale locale) {
        read(details).ifPresent(reason -> {
            ObjectNode served = details.put(FIELD, words.say(reason, locale)).put("reasonCode", reason.code());
            ArrayNode args = served.putArray("reasonArgs");
            reason.args().forEach(args::add);
        });
        return details;
    }
}
