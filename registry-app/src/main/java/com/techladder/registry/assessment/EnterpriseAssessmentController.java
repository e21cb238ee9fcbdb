package com.techladder.registry.assessment;

import com.techladder.batch.assessment.Assessments;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/enterprises/{uscc}/assessment[?assessmentYear=Y]}: the enterprise's assessment in the official run
 * of year Y, by default of {@link Assessments#defaultYear() the default year}; an enterprise sees only its own.
 */
@RestController
class EnterpriseAssessmentController {

    private final Assessments assessments;

    EnterpriseAssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/enterprises/{uscc}/assessment")
    @PreAuthorize("@currentUser.canSee(#uscc)")
    ObjectNode official(@PathVariable String uscc, @RequestParam(required = false) Integer assessmentYear) {
        return assessments.officialAssessment(uscc.trim().toUpperCase(), assessmentYear)
                .map(AssessmentResponses::official)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "企业 " + uscc + " 尚无"
                        + (assessmentYear == null ? "" : assessmentYear + " 年度的") + "正式评价结果"));
    }
}
