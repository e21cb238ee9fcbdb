package com.techladder.registry.review;

import com.techladder.registry.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.StoredAssessment;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.rules.identity.Uscc;

/**
 * An enterprise's decision trace in any run: every programme and criterion (actual, required, result, clause, points),
 * the subsidies with their basis, the inputs and their hash.
 */
@Controller
@PreAuthorize(ReviewAccess.READERS)
class ReviewTraceController {

    static final String VIEW = "review/trace";

    private final Assessments assessments;
    private final PrettyJson json;

    ReviewTraceController(Assessments assessments, PrettyJson json) {
        this.assessments = assessments;
        this.json = json;
    }

    @GetMapping("/review/runs/{runId}/enterprises/{uscc}")
    String trace(@PathVariable long runId, @PathVariable String uscc, Model model) {
        ClassificationRun run = ReviewRunController.find(assessments, runId);
        String code = Uscc.normalise(uscc);
        StoredAssessment stored = assessments.find(runId, code)
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.run.noEnterprise", runId, code));
        model.addAttribute("trace", new DecisionTrace(run, code, stored.profile().name(),
                stored.assessment(), json.indent(stored.inputs()), stored.inputHash(), stored.inputsIntact()));
        return VIEW;
    }
}
