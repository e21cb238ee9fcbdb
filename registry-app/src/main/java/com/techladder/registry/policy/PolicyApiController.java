package com.techladder.registry.policy;

import com.techladder.rules.parameter.ParameterChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The policy workbench over HTTP (issue 14): the public version list and export; drafts as JSON or one uploaded YAML
 * file ({@code 201 {draftId}}, {@code 400} naming every broken key); approval and rejection by a second person.
 */
@RestController
@RequestMapping("/api/v1/policy")
class PolicyApiController {

    private final PolicyWorkbench workbench;

    PolicyApiController(PolicyWorkbench workbench) {
        this.workbench = workbench;
    }

    /** A draft typed as JSON. */
    record DraftRequest(String title, String reason, List<ParameterChange> changes) {
    }

    record Decision(String reason) {
    }

    /** Public: every version, newest first, with its dates, 文号 and what it changed. */
    @GetMapping("/versions")
    List<Map<String, Object>> versions() {
        return workbench.versions().stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("version", v.number());
            row.put("effectiveFrom", v.effectiveFrom());
            row.put("effectiveTo", v.effectiveTo());
            row.put("sources", v.sources());
            row.put("approvedAt", v.createdAt());
            row.put("changes", workbench.changesOf(v.number()));
            return row;
        }).toList();
    }

    /** Public: a version's parameter files as a zip, in the repository's format (the files the build ships). */
    @GetMapping(value = "/versions/{version}/files.zip", produces = "application/zip")
    ResponseEntity<byte[]> files(@PathVariable int version) throws IOException {
        if (version < 1 || version > workbench.inForce().version().number()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ParameterZip.response(workbench.texts(version), version);
    }

    @GetMapping("/drafts")
    @PreAuthorize(PolicyAccess.READERS)
    List<Map<String, Object>> drafts() {
        return workbench.drafts().stream().map(PolicyApiController::summary).toList();
    }

    @GetMapping("/drafts/{draftId}")
    @PreAuthorize(PolicyAccess.READERS)
    Map<String, Object> draft(@PathVariable long draftId, Locale locale) {
        PolicyDraft draft = workbench.find(draftId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PolicyWorkbench.Outcome outcome = workbench.outcome(draft);
        Map<String, Object> body = summary(draft);
        body.put("reason", draft.reason());
        body.put("changes", PolicyWorkbench.changeRows(outcome.changes()));
        body.put("problems", workbench.fieldProblems(outcome.problems(), locale));
        return body;
    }

    @PostMapping(value = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PolicyAccess.OFFICERS)
    ResponseEntity<Map<String, Long>> create(@RequestBody DraftRequest request, Locale locale) {
        long id = workbench.draft(request.title(), request.reason(), request.changes(), locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("draftId", id));
    }

    @PostMapping(value = "/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(PolicyAccess.OFFICERS)
    ResponseEntity<Map<String, Long>> upload(@RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String reason, @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        long id = workbench.draftFile(title, reason, new String(file.getBytes(), StandardCharsets.UTF_8), locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("draftId", id));
    }

    @PostMapping("/drafts/{draftId}/approve")
    @PreAuthorize(PolicyAccess.OFFICERS)
    Map<String, Object> approve(@PathVariable long draftId, @RequestBody(required = false) Decision decision,
            Locale locale) {
        ParameterVersion version = workbench.approve(draftId, decision == null ? null : decision.reason(), locale);
        return Map.of("draftId", draftId, "status", PolicyDraft.Status.APPROVED, "version", version.number(),
                "effectiveFrom", String.valueOf(version.effectiveFrom()));
    }

    @PostMapping("/drafts/{draftId}/reject")
    @PreAuthorize(PolicyAccess.OFFICERS)
    Map<String, Object> reject(@PathVariable long draftId, @RequestBody(required = false) Decision decision,
            Locale locale) {
        workbench.reject(draftId, decision == null ? null : decision.reason(), locale);
        return Map.of("draftId", draftId, "status", PolicyDraft.Status.REJECTED);
    }

    private static Map<String, Object> summary(PolicyDraft d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("draftId", d.id());
        row.put("title", d.title());
        row.put("status", d.status());
        row.put("baseVersion", d.baseVersion());
        row.put("file", d.fileName());
        row.put("authoredBy", d.authoredBy());
        row.put("authoredAt", d.authoredAt());
        row.put("decidedBy", d.decidedBy());
        row.put("decisionReason", d.decisionReason());
        row.put("decidedAt", d.decidedAt());
        row.put("version", d.version());
        return row;
    }
}
