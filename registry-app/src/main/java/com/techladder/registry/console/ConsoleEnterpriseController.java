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

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialRun;
import com.techladder.batch.assessment.OfficialYear;
import com.techladder.batch.classification.ClassificationRun;
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
    private final EnterpriseRecords enterprises;
    private final Assessments assessments;

    ConsoleEnterpriseController(RegistrySearch search, EnterpriseRecords enterprises,
            Assessments assessments) {
        this.search = search;
        this.enterprises = enterprises;
        this.assessments = assessments;
    }

    /**
     * @param run the classification run whose outcomes are searched; by default the official run of the default year
     *     ({@link Assessments})
     */
    @GetMapping("/console/enterprises")
    String search(@ModelAttribute("criteria") SearchCriteria criteria, @RequestParam(required = false) Long run,
            Model model) {
        List<ClassificationRun> completed = assessments.completedRuns(RUN_CHOICES);
        Long runId = run != null ? run
                : assessments.officialRun(null).map(OfficialRun::runId).orElse(null);
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
        OfficialYear official = assessments.officialYear(year);
        model.addAttribute("official", official);
        model.addAttribute("latest", assessments.officialAssessment(code, official.year())
                .map(stored -> new LatestAssessment(stored.runId(), stored.assessment()))
                .orElse(null));
        return ENTERPRISE_VIEW;
    }
}
