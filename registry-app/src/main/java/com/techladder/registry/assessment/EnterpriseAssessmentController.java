package com.techladder.registry.assessment;

import com.techladder.registry.system.Problems;
import com.techladder.batch.assessment.Assessments;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
                .orElseThrow(() -> assessmentYear == null
                        ? Problems.status(HttpStatus.NOT_FOUND, "api.assessment.none", uscc)
                        : Problems.status(HttpStatus.NOT_FOUND, "api.assessment.noneOfYear", uscc, assessmentYear));
    }
}
