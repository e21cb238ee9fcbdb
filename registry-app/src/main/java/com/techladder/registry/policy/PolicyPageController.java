package com.techladder.registry.policy;

import com.techladder.registry.audit.AuditLog;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.parameter.ExactNumbers;
import com.techladder.rules.parameter.Parameter;
import com.techladder.rules.parameter.ParameterChange;
import com.techladder.rules.parameter.ParameterDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.StringNode;

/**
 * 政策参数 pages: every parameter with its dated values, sources and confidence; a draft typed (one change) or uploaded
 * (a whole file); a draft's page with its changes, its problems and — for a second officer — approve and reject; the
 * public list of versions. The forms post to the same service as the API.
 */
@Controller
class PolicyPageController {

    private final PolicyWorkbench workbench;
    private final ParametersInForce inForce;

    PolicyPageController(PolicyWorkbench workbench, ParametersInForce inForce) {
        this.workbench = workbench;
        this.inForce = inForce;
    }

    @GetMapping("/policy")
    @PreAuthorize(PolicyAccess.READERS)
    String parameters(Model model) {
        ParametersInForce.InForce now = inForce.inForce();
        model.addAttribute("inForce", now.version());
        model.addAttribute("parameters", now.parameters().parameters().values().stream().map(ParameterRow::of).toList());
        model.addAttribute("drafts", workbench.drafts());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DraftForm("", "", "", "", "", "", "", "confirmed"));
        }
        return "policy/parameters";
    }

    /** A parameter as the page lists it: each value's text spelled once, here. */
    record ParameterRow(String key, String description, String unit, List<ValueRow> values) {

        static ParameterRow of(Parameter p) {
            return new ParameterRow(p.key(), p.description(), p.unit(), p.values().stream().map(v -> new ValueRow(
                    v.effectiveFrom(), v.effectiveTo(), ParameterDiff.text(v.value()), v.source(),
                    v.confidence().name().toLowerCase(Locale.ROOT))).toList());
        }
    }

    record ValueRow(LocalDate effectiveFrom, LocalDate effectiveTo, String value, String source, String confidence) {
    }

    /** What the officer typed, given back with the problems when the draft is refused. */
    record DraftForm(String title, String reason, String key, String effectiveFrom, String effectiveTo, String value,
            String source, String confidence) {
    }

    @PostMapping("/policy/drafts")
    @PreAuthorize(PolicyAccess.OFFICERS)
    String draft(DraftForm form, Locale locale, RedirectAttributes redirect) {
        ParameterChange change = new ParameterChange(form.key(), form.effectiveFrom(), form.effectiveTo(),
                value(form.key(), form.value()), form.source(), form.confidence());
        try {
            long id = workbench.draft(form.title(), form.reason(), List.of(change), locale);
            redirect.addFlashAttribute("created", true);
            return "redirect:/policy/drafts/" + id;
        } catch (ValidationProblemException e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("problems", e.errors());
            return "redirect:/policy#new-draft";
        }
    }

    @PostMapping("/policy/drafts/upload")
    @PreAuthorize(PolicyAccess.OFFICERS)
    String upload(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String reason,
            @RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            long id = workbench.draftFile(title, reason, new String(file.getBytes(), StandardCharsets.UTF_8), locale);
            redirect.addFlashAttribute("created", true);
            return "redirect:/policy/drafts/" + id;
        } catch (ValidationProblemException e) {
            redirect.addFlashAttribute("uploadProblems", e.errors());
            return "redirect:/policy#upload-draft";
        }
    }

    @GetMapping("/policy/drafts/{draftId}")
    @PreAuthorize(PolicyAccess.READERS)
    String draft(@PathVariable long draftId, Locale locale, Model model) {
        PolicyDraft draft = workbench.find(draftId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PolicyWorkbench.Outcome outcome = workbench.outcome(draft);
        model.addAttribute("draft", draft);
        model.addAttribute("changes", PolicyWorkbench.changeRows(outcome.changes()));
        model.addAttribute("draftProblems", draft.open() ? workbench.fieldProblems(outcome.problems(), locale) : List.of());
        model.addAttribute("ownDraft", draft.authoredBy().equals(AuditLog.currentUser()));
        return "policy/draft";
    }

    @PostMapping("/policy/drafts/{draftId}/approve")
    @PreAuthorize(PolicyAccess.OFFICERS)
    String approve(@PathVariable long draftId, @RequestParam(defaultValue = "") String reason, Locale locale,
            RedirectAttributes redirect) {
        return decide(draftId, redirect, () -> workbench.approve(draftId, reason, locale));
    }

    @PostMapping("/policy/drafts/{draftId}/reject")
    @PreAuthorize(PolicyAccess.OFFICERS)
    String reject(@PathVariable long draftId, @RequestParam(defaultValue = "") String reason, Locale locale,
            RedirectAttributes redirect) {
        return decide(draftId, redirect, () -> workbench.reject(draftId, reason, locale));
    }

    private static String decide(long draftId, RedirectAttributes redirect, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("decided", true);
        } catch (ValidationProblemException e) {
            redirect.addFlashAttribute("decisionProblems", e.errors());
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("decisionProblems", List.of(new FieldProblem("draft", e.getReason())));
        }
        return "redirect:/policy/drafts/" + draftId;
    }

    /** Public: every version with its 文号 and what it changed. */
    @GetMapping("/policy/versions")
    String versions(Model model) {
        List<ParameterVersion> versions = workbench.versions();
        model.addAttribute("versions", versions);
        model.addAttribute("changes", versions.stream().map(v -> workbench.changesOf(v.number())).toList());
        return "policy/versions";
    }

    /** Public, as the API's: the current version's files as a zip. */
    @GetMapping(value = "/policy/export.zip", produces = "application/zip")
    ResponseEntity<byte[]> export() throws IOException {
        ParametersInForce.InForce now = inForce.inForce();
        return ParameterZip.response(now.texts(), now.version().number());
    }

    /**
     * The typed value as the parameter's kind: a text stays text even when it looks like a number ("2017"); numbers,
     * booleans and tables are read as JSON, decimals as typed (0.30 is exported as 0.30). Anything unreadable goes on as text, and the draft check names the kind.
     */
    private JsonNode value(String key, String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return null;
        }
        Parameter p = key == null ? null : inForce.inForce().parameters().parameters().get(key);
        if (p != null && p.values().get(p.values().size() - 1).value().getNodeType() == JsonNodeType.STRING) {
            return StringNode.valueOf(text);
        }
        try {
            return ExactNumbers.readTree(text);
        } catch (JacksonException e) {
            return StringNode.valueOf(text);
        }
    }
}
