package com.techladder.registry.policy;

import com.techladder.registry.audit.AuditLog;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.parameter.ParameterChange;
import com.techladder.rules.parameter.ParameterChanges;
import com.techladder.rules.parameter.ParameterDiff;
import com.techladder.rules.parameter.ParameterProblem;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.parameter.ParameterTexts;
import com.techladder.rules.parameter.ParameterValue;
import com.techladder.rules.parameter.ParameterYaml;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The policy workbench: drafts (typed changes or an uploaded parameter file), checked against the version in force and
 * refused with every problem named; approval by a second person (四眼原则) makes the next immutable version, which
 * {@link ParametersInForce} puts in force on every instance. Every step is in the audit log. Who may call what is
 * decided by the controllers (docs/security.md).
 */
@Service
public class PolicyWorkbench implements DraftParameterSets {

    static final String DRAFTED = "POLICY_DRAFT_CREATED";
    static final String APPROVED = "POLICY_DRAFT_APPROVED";
    static final String REJECTED = "POLICY_DRAFT_REJECTED";
    static final String VERSION_CREATED = "POLICY_VERSION_CREATED";
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 2000;

    /** A draft on top of a version: the files and set it would put in force, and what is wrong with it. */
    public record Outcome(ParameterTexts texts, ParameterSet set, List<ParameterProblem> problems,
            List<ParameterDiff.Change> changes) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final PolicyDrafts drafts;
    private final ParameterVersions versions;
    private final ParametersInForce inForce;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final ObjectMapper json;

    PolicyWorkbench(PolicyDrafts drafts, ParameterVersions versions, ParametersInForce inForce, AuditLog auditLog,
            MessageSource messages, ObjectMapper json) {
        this.drafts = drafts;
        this.versions = versions;
        this.inForce = inForce;
        this.auditLog = auditLog;
        this.messages = messages;
        this.json = json;
    }

    /** Stores a draft of typed changes, or throws {@link ValidationProblemException} naming every problem. */
    @Transactional
    public long draft(String title, String reason, List<ParameterChange> changes, Locale locale) {
        List<ParameterChange> list = changes == null ? List.of() : changes;
        ParametersInForce.InForce base = inForce.inForce();
        ParameterChanges.Applied applied = ParameterChanges.apply(base.parameters(), list);
        refuseProblems(title, reason, applied.problems(), locale);
        long id = drafts.insert(title.trim(), reason.trim(), base.version().number(), json.writeValueAsString(list), null,
                null, AuditLog.currentUser());
        audit(DRAFTED, id, Map.of("title", title.trim(), "baseVersion", base.version().number(), "changes", list.size()));
        return id;
    }

    /** Stores a draft replacing one parameter file (found by its {@code prefix}) with an upload in the shipped format. */
    @Transactional
    public long draftFile(String title, String reason, String yaml, Locale locale) {
        ParametersInForce.InForce base = inForce.inForce();
        String file = fileOf(base.texts(), yaml);
        List<ParameterProblem> problems = new ArrayList<>();
        if (file == null) {
            problems.add(new ParameterProblem(null, 1, ParameterYaml.prefix(yaml), "prefix-unknown", List.of()));
            problems.addAll(ParameterYaml.readFile("upload.yaml", yaml).problems());
        } else {
            problems.addAll(ParameterYaml.read(base.texts().with(file, yaml)).problems());
        }
        refuseProblems(title, reason, problems, locale);
        long id = drafts.insert(title.trim(), reason.trim(), base.version().number(), "[]", file, yaml,
                AuditLog.currentUser());
        audit(DRAFTED, id, Map.of("title", title.trim(), "baseVersion", base.version().number(), "file", file));
        return id;
    }

    public Optional<PolicyDraft> find(long id) {
        return drafts.find(id);
    }

    public List<PolicyDraft> drafts() {
        return drafts.list(100);
    }

    /** The draft on top of the version in force now (what approving it would put in force). */
    public Outcome outcome(PolicyDraft draft) {
        return outcome(draft, inForce.inForce());
    }

    private Outcome outcome(PolicyDraft draft, ParametersInForce.InForce base) {
        ParameterTexts texts;
        ParameterSet set;
        List<ParameterProblem> problems;
        if (draft.isFile()) {
            texts = base.texts().with(draft.fileName(), draft.fileYaml());
            ParameterYaml.Read read = ParameterYaml.read(texts);
            set = read.set();
            problems = read.problems();
        } else {
            ParameterChanges.Applied applied = ParameterChanges.apply(base.parameters(), changes(draft));
            set = applied.set();
            problems = applied.problems();
            texts = ParameterYaml.export(set, base.texts());
        }
        return new Outcome(texts, set, problems, ParameterDiff.between(base.parameters(), set));
    }

    public List<ParameterChange> changes(PolicyDraft draft) {
        return json.readValue(draft.changesJson(), new TypeReference<List<ParameterChange>>() { });
    }

    @Override
    public Optional<ParameterSet> draft(long draftId) {
        return drafts.find(draftId).map(d -> outcome(d).set());
    }

    @Override
    public ParameterSet current() {
        return inForce.inForce().parameters();
    }

    /**
     * Approves an open draft of someone else: checked again on the version in force now, stored as the next version,
     * in force on this instance as soon as the transaction commits (on the others at their next poll).
     */
    @Transactional
    public ParameterVersion approve(long id, String reason, Locale locale) {
        PolicyDraft draft = decidable(id, locale);
        ParametersInForce.InForce base = inForce.refresh();
        Outcome outcome = outcome(draft, base);
        if (!outcome.valid()) {
            throw new ValidationProblemException(text("policy.problem.detail", locale, outcome.problems().size()),
                    fieldProblems(outcome.problems(), locale));
        }
        String by = AuditLog.currentUser();
        ParameterVersion version = version(base.version().number() + 1, draft, outcome.changes(), by);
        if (!versions.insert(version, json.writeValueAsString(changeRows(outcome.changes())), outcome.texts())
                || !drafts.decide(id, PolicyDraft.Status.APPROVED, by, blankToNull(reason), version.number())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, text("policy.error.concurrent", locale));
        }
        audit(APPROVED, id, Map.of("version", version.number(), "reason", Objects.toString(reason, "")));
        auditLog.record(VERSION_CREATED, "parameter-version/" + version.number(), json.writeValueAsString(Map.of(
                "draft", id, "effectiveFrom", String.valueOf(version.effectiveFrom()), "sources", version.sources())));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                inForce.refresh();
            }
        });
        return version;
    }

    /** Rejects an open draft of someone else, with a reason (required). */
    @Transactional
    public void reject(long id, String reason, Locale locale) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationProblemException(text("policy.problem.detail", locale, 1),
                    List.of(new FieldProblem("reason", text("policy.error.reason-required", locale))));
        }
        decidable(id, locale);
        if (!drafts.decide(id, PolicyDraft.Status.REJECTED, AuditLog.currentUser(), reason.trim(), null)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, text("policy.error.concurrent", locale));
        }
        audit(REJECTED, id, Map.of("reason", reason.trim()));
    }

    /** The versions, newest first, each with what it changed. */
    public List<ParameterVersion> versions() {
        return versions.list();
    }

    /** What a version changed against the one before: {@code [{key, description, unit, effectiveFrom, …}]}. */
    public List<Map<String, Object>> changesOf(int version) {
        return json.readValue(versions.changes(version), new TypeReference<List<Map<String, Object>>>() { });
    }

    public ParameterTexts texts(int version) {
        return versions.texts(version);
    }

    public ParametersInForce.InForce inForce() {
        return inForce.inForce();
    }

    private PolicyDraft decidable(long id, Locale locale) {
        PolicyDraft draft = drafts.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, text("policy.error.no-draft", locale, id)));
        if (!draft.open()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, text("policy.error.decided", locale));
        }
        if (draft.authoredBy().equals(AuditLog.currentUser())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, text("policy.error.four-eyes", locale));
        }
        return draft;
    }

    private static ParameterVersion version(int number, PolicyDraft draft, List<ParameterDiff.Change> changes, String by) {
        List<ParameterValue> introduced = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (ParameterDiff.Change change : changes) {
            for (ParameterValue v : introduced(change)) {
                introduced.add(v);
                summary.add(change.key() + " " + v.effectiveFrom() + "–" + (v.effectiveTo() == null ? "" : v.effectiveTo())
                        + ": " + ParameterDiff.text(v.value()));
            }
        }
        LocalDate from = introduced.stream().map(ParameterValue::effectiveFrom).min(Comparator.naturalOrder()).orElse(null);
        LocalDate to = introduced.stream().allMatch(v -> v.effectiveTo() != null)
                ? introduced.stream().map(ParameterValue::effectiveTo).max(Comparator.naturalOrder()).orElse(null) : null;
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        introduced.forEach(v -> sources.add(v.source()));
        return new ParameterVersion(number, from, to, clip(String.join("; ", sources)), clip(String.join("\n", summary)),
                draft.id(), draft.authoredBy(), by, LocalDateTime.now());
    }

    /** The values a change brings in, without the earlier ones merely cut short to make room. */
    static List<ParameterValue> introduced(ParameterDiff.Change change) {
        return change.added().stream().filter(v -> change.removed().stream().noneMatch(r -> r.effectiveFrom()
                .equals(v.effectiveFrom()) && r.source().equals(v.source())
                && ParameterDiff.text(r.value()).equals(ParameterDiff.text(v.value())))).toList();
    }

    /** The stored "what changed" of a version: one row per value it brings in. */
    static List<Map<String, Object>> changeRows(List<ParameterDiff.Change> changes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParameterDiff.Change change : changes) {
            for (ParameterValue v : introduced(change)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", change.key());
                row.put("description", change.description());
                row.put("unit", change.unit());
                row.put("effectiveFrom", v.effectiveFrom().toString());
                row.put("effectiveTo", v.effectiveTo() == null ? null : v.effectiveTo().toString());
                row.put("value", ParameterDiff.text(v.value()));
                row.put("source", v.source());
                row.put("confidence", v.confidence().name().toLowerCase(Locale.ROOT));
                rows.add(row);
            }
        }
        return rows;
    }

    private void refuseProblems(String title, String reason, List<ParameterProblem> problems, Locale locale) {
        List<FieldProblem> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            errors.add(new FieldProblem("title", text("policy.error.title", locale, TITLE_MAX)));
        }
        if (reason == null || reason.isBlank() || reason.length() > TEXT_MAX) {
            errors.add(new FieldProblem("reason", text("policy.error.reason", locale, TEXT_MAX)));
        }
        errors.addAll(fieldProblems(problems, locale));
        if (!errors.isEmpty()) {
            throw new ValidationProblemException(text("policy.problem.detail", locale, errors.size()), errors);
        }
    }

    /** Each problem as {@code {field: key, message: "where: what"}}, in the caller's language. */
    public List<FieldProblem> fieldProblems(List<ParameterProblem> problems, Locale locale) {
        return problems.stream().map(p -> new FieldProblem(p.key() == null ? "file" : p.key(),
                where(p, locale) + text("policy.problem." + p.code(), locale, p.args().toArray()))).toList();
    }

    private String where(ParameterProblem p, Locale locale) {
        if (p.file() != null) {
            return text("policy.problem.at-line", locale, p.file(), String.valueOf(p.line()));
        }
        return p.line() > 0 ? text("policy.problem.at-change", locale, String.valueOf(p.line())) : "";
    }

    private void audit(String action, long draftId, Map<String, Object> details) {
        auditLog.record(action, "policy-draft/" + draftId, json.writeValueAsString(details));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String clip(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    /** The file of {@code texts} whose prefix the upload declares, or null. */
    private static String fileOf(ParameterTexts texts, String yaml) {
        String prefix = ParameterYaml.prefix(yaml);
        if (prefix == null) {
            return null;
        }
        return texts.parameterFiles().entrySet().stream().filter(f -> prefix.equals(ParameterYaml.prefix(f.getValue())))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
