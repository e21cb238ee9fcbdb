package com.techladder.registry.review;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.registry.audit.AuditEntry;
import com.techladder.registry.audit.AuditReason;
import com.techladder.registry.system.MessageWords;
import com.techladder.registry.importing.ImportUploads;
import com.techladder.registry.portal.Formats;

/**
 * The audit log in words, for the audit page: each action by name, its target as a link ("分类运行 #12", "导入 #7"), its
 * particulars as a sentence, and for an upload the import's result as it stands now. The stored entry (action code,
 * JSON) stays what {@code GET /api/v1/audit-log} serves.
 */
@Component
class AuditWords {

    /** The actions the application records, in the order the filter offers them. */
    static final List<String> ACTIONS = List.of(ImportUploads.UPLOADED, ImportUploads.REFUSED,
            "CLASSIFICATION_RUN_LAUNCHED", "CLASSIFICATION_RUN_RESTARTED", "CLASSIFICATION_RUN_REPLAYED",
            "RESULTS_EXPORTED", "PLAN_EXPORTED");
    private static final Pattern TARGET = Pattern.compile("(classification-run|import|plan-export)/(.+)");

    /** One entry as the page shows it; {@code link} is null when the target has no page. */
    record Line(long id, LocalDateTime occurredAt, String username, String action, String target, String link,
            String details) {
    }

    private final MessageSource messages;
    private final ObjectMapper json;
    private final ImportService imports;
    private final MessageWords messageWords;
    private final Formats formats;

    AuditWords(MessageSource messages, ObjectMapper json, ImportService imports, MessageWords messageWords,
            Formats formats) {
        this.messages = messages;
        this.json = json;
        this.imports = imports;
        this.messageWords = messageWords;
        this.formats = formats;
    }

    List<Line> describe(List<AuditEntry> entries, Locale locale) {
        Map<Long, Optional<ImportStatus>> importsSeen = new HashMap<>();
        List<Line> lines = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            JsonNode details = parse(e.details());
            String target = e.target() == null ? Formats.NOTHING : e.target();
            String link = null;
            Matcher m = e.target() == null ? null : TARGET.matcher(e.target());
            if (m != null && m.matches()) {
                String id = m.group(2);
                switch (m.group(1)) {
                    case "classification-run" -> {
                        target = say(locale, "audit.target.run", id);
                        link = "/review/runs/" + id;
                    }
                    case "import" -> {
                        target = say(locale, "audit.target.import", id);
                        link = "/review/imports/" + id;
                    }
                    default -> target = messages.getMessage("plan.table." + id, null,
                            say(locale, "audit.target.planAll"), locale);
                }
            }
            lines.add(new Line(e.id(), e.occurredAt(), e.username(), action(e.action(), locale), target, link,
                    details(e, details, importsSeen, locale)));
        }
        return lines;
    }

    /** An action's name; an action this version does not know, as recorded. */
    String action(String action, Locale locale) {
        return messages.getMessage("audit.action." + action, null, action, locale);
    }

    private String details(AuditEntry e, JsonNode d, Map<Long, Optional<ImportStatus>> importsSeen, Locale locale) {
        return switch (e.action()) {
            case "CLASSIFICATION_RUN_LAUNCHED" -> say(locale, "audit.details.launched", d.path("assessmentYear").asText(),
                    messages.getMessage("console.trigger." + d.path("trigger").asText(), null, Formats.NOTHING, locale));
            case "CLASSIFICATION_RUN_REPLAYED" -> say(locale, "audit.details.replayed",
                    formats.count(d.path("compared").asLong()), formats.count(d.path("differing").asLong()));
            case "RESULTS_EXPORTED" -> say(locale, "audit.details.format", d.path("format").asText().toUpperCase(Locale.ROOT));
            case "PLAN_EXPORTED" -> say(locale, "audit.details.asOf", d.path("asOf").asText());
            case ImportUploads.UPLOADED -> upload(d, locale) + " — " + importResult(e.target(), importsSeen, locale);
            case ImportUploads.REFUSED -> upload(d, locale) + " — "
                    + say(locale, "audit.details.refused", AuditReason.read(d).map(r -> messageWords.say(r, locale))
                            .orElseGet(() -> messageWords.stored(d.path("reason").asText(), locale)));
            default -> pairs(d);
        };
    }

    private String upload(JsonNode d, Locale locale) {
        return messages.getMessage("console.imports.kind." + d.path("kind").asText(), null, d.path("kind").asText(),
                locale) + " · " + d.path("fileName").asText();
    }

    /** The import's result now: it may have ended since the upload was recorded. */
    private String importResult(String target, Map<Long, Optional<ImportStatus>> seen, Locale locale) {
        Matcher m = target == null ? null : TARGET.matcher(target);
        if (m == null || !m.matches() || !m.group(2).matches("\\d{1,18}")) {
            return Formats.NOTHING;
        }
        Optional<ImportStatus> found = seen.computeIfAbsent(Long.parseLong(m.group(2)), imports::find);
        if (found.isEmpty()) {
            return Formats.NOTHING;
        }
        ImportStatus i = found.get();
        String status = ImportStatus.COMPLETED.equals(i.status()) && i.rejected() > 0
                ? say(locale, "console.status.PARTIAL", formats.count(i.rejected()))
                : say(locale, "console.status." + i.status());
        return say(locale, "audit.details.importResult", status, formats.count(i.read()), formats.count(i.written()),
                formats.count(i.rejected()));
    }

    /** Particulars of an action this version does not describe: "name: value" pairs, not JSON. */
    private static String pairs(JsonNode d) {
        if (!d.isObject() || d.isEmpty()) {
            return Formats.NOTHING;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : d.properties()) {
            parts.add(field.getKey() + ": " + (field.getValue().isValueNode() ? field.getValue().asText() : field.getValue()));
        }
        return String.join(" · ", parts);
    }

    private JsonNode parse(String details) {
        if (details == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(details);
        } catch (tools.jackson.core.JacksonException notJson) {
            return json.createObjectNode().put("details", details);
        }
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
