package com.techladder.registry.assessment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/enterprises/{uscc}/assessment}: the latest official assessment; an enterprise sees only its own. */
@RestController
class EnterpriseAssessmentController {

    private final AssessmentRecords records;

    EnterpriseAssessmentController(AssessmentRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/enterprises/{uscc}/assessment")
    @PreAuthorize("@currentUser.canSee(#uscc)")
    ObjectNode latest(@PathVariable String uscc) {
        return records.latestOfficial(uscc.trim().toUpperCase())
                .map(AssessmentResponses::official)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "企业 " + uscc + " 尚无正式评价结果"));
    }
}
