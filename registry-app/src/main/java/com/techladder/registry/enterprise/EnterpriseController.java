package com.techladder.registry.enterprise;

import com.techladder.batch.text.Message;
import com.techladder.registry.system.Problems;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.identity.Uscc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The registry record of one enterprise (docs/contracts/http-api.md, Registry). */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Registry", description = "openapi.registry.tag")
class EnterpriseController {

    private final EnterpriseRecords records;

    EnterpriseController(EnterpriseRecords records) {
        this.records = records;
    }

    /** Access is decided before the lookup, so an enterprise learns nothing about whether another USCC exists. */
    @GetMapping("/{uscc}")
    @PreAuthorize("hasAnyRole('STAFF', 'AUDITOR', 'ADMIN') or @currentUser.canSee(#uscc)")
    @Operation(summary = "openapi.registry.get")
    EnterpriseRecord get(@PathVariable String uscc) {
        String code = Uscc.normalise(uscc);
        Optional<Uscc.Problem> problem = Uscc.problem(code);
        if (problem.isPresent()) {
            throw new ValidationProblemException(Message.of("api.enterprise.usccInvalid"), List.of(
                    FieldProblem.coded("uscc", problem.get().code(), problem.get().args().toArray())));
        }
        return records.find(code)
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.enterprise.notFound", code));
    }
}
