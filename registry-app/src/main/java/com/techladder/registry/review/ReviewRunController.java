package com.techladder.registry.review;

import com.techladder.registry.system.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.registry.console.RegistrySearch;
import com.techladder.registry.console.SearchCriteria;
import com.techladder.registry.console.SearchOptions;
import com.techladder.rules.identity.Uscc;

/**
 * Classification runs for auditors: every run with its rule-set version, one run with its parameter snapshot, the
 * enterprises it assessed.
 */
@Controller
@PreAuthorize(ReviewAccess.READERS)
class ReviewRunController {

    static final String RUNS_VIEW = "review/runs";
    static final String RUN_VIEW = "review/run";
    static final String ENTERPRISES_VIEW = "review/enterprises";
    private static final int LISTED = 200;

    private final Assessments assessments;
    private final RegistrySearch search;
    private final PrettyJson json;

    ReviewRunController(Assessments assessments, RegistrySearch search, PrettyJson json) {
        this.assessments = assessments;
        this.search = search;
        this.json = json;
    }

    @GetMapping("/review")
    String runs(Model model) {
        model.addAttribute("runs", assessments.runs(null, LISTED));
        return RUNS_VIEW;
    }

    @GetMapping("/review/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        ClassificationRun run = find(assessments, runId);
        List<ClassificationRun> others = assessments.runs(null, LISTED).stream().filter(r -> r.id() != runId).toList();
        model.addAttribute("run", run);
        model.addAttribute("parameterSnapshot", json.indent(run.parameterSnapshot()));
        model.addAttribute("otherRuns", others);
        return RUN_VIEW;
    }

    /** The enterprises the run assessed, searched like the registry, each linked to its decision trace. */
    @GetMapping("/review/runs/{runId}/enterprises")
    String enterprises(@PathVariable long runId, @ModelAttribute("criteria") SearchCriteria criteria, Model model) {
        model.addAttribute("run", find(assessments, runId));
        model.addAttribute("results", search.searchAssessed(criteria, runId));
        SearchOptions.addTo(model);
        return ENTERPRISES_VIEW;
    }

    /** The trace look-up form of the run page: a typed USCC goes to its canonical address. */
    @GetMapping("/review/runs/{runId}/trace")
    String lookUp(@PathVariable long runId, @RequestParam String uscc) {
        // encoded: whatever was typed stays one path segment
        return "redirect:/review/runs/" + runId + "/enterprises/"
                + UriUtils.encodePathSegment(Uscc.normalise(uscc), StandardCharsets.UTF_8);
    }

    static ClassificationRun find(Assessments assessments, long runId) {
        return assessments.run(runId)
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.run.notFound", runId));
    }
}
