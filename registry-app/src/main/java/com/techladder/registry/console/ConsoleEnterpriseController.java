package com.techladder.registry.console;

import com.techladder.registry.system.Problems;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.batch.classification.AssessmentJson;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.classification.RunStatus;
import com.techladder.registry.assessment.OfficialRuns;
import com.techladder.registry.assessment.OfficialRuns.OfficialYear;
import com.techladder.registry.enterprise.EnterpriseRecords;
import com.techladder.rules.identity.Uscc;

/** Searching the registry and opening one enterprise: its record, years, certificates and latest assessment. */
@Controller
@PreAuthorize(ConsoleAccess.STAFF)
class ConsoleEnterpriseController {

    static final String SEARCH_VIEW = "console/enterprises";
    static final String ENTERPRISE_VIEW = "console/enterprise";
    /** Completed runs offered in the search form's run selector. */
    private static final int RUN_CHOICES = 50;

    private final RegistrySearch search;
    private final ClassificationRunRepository runs;
    private final EnterpriseRecords enterprises;
    private final OfficialRuns officialRuns;

    ConsoleEnterpriseController(RegistrySearch search, ClassificationRunRepository runs, EnterpriseRecords enterprises,
            OfficialRuns officialRuns) {
        this.search = search;
        this.runs = runs;
        this.enterprises = enterprises;
        this.officialRuns = officialRuns;
    }

    /**
     * @param run the classification run whose outcomes are searched; by default the official run of the default year
     *     ({@link OfficialRuns})
     */
    @GetMapping("/console/enterprises")
    String search(@ModelAttribute("criteria") SearchCriteria criteria, @RequestParam(required = false) Long run,
            Model model) {
        List<ClassificationRun> completed = runs.list(null, RUN_CHOICES).stream()
                .filter(r -> r.status() == RunStatus.COMPLETED).toList();
        Long runId = run != null ? run
                : officialRuns.ofChosen(null).map(OfficialRuns.OfficialRun::runId).orElse(null);
        model.addAttribute("results", search.search(criteria, runId));
        model.addAttribute("completedRuns", completed);
        SearchOptions.addTo(model);
        return SEARCH_VIEW;
    }

    /** @param year the assessment year whose official run is shown; by default the default year */
    @GetMapping("/console/enterprises/{uscc}")
    String enterprise(@PathVariable String uscc, @RequestParam(required = false) Integer year, Model model) {
        String code = Uscc.normalise(uscc);
        model.addAttribute("enterprise", enterprises.find(code)
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.enterprise.notFound", code)));
        OfficialYear official = officialRuns.year(year);
        model.addAttribute("official", official);
        model.addAttribute("latest", officialRuns.assessmentOf(code, official.year())
                .map(stored -> new LatestAssessment(stored.runId(), AssessmentJson.parseResult(stored.result())))
                .orElse(null));
        return ENTERPRISE_VIEW;
    }
}
