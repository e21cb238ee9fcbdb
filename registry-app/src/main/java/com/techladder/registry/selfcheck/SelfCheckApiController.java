package com.techladder.registry.selfcheck;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/self-check}: public, stores nothing (docs/contracts/http-api.md "Self-check"). */
@RestController
// descriptions are bundle keys: springdoc says them in the language of Accept-Language
@Tag(name = "self-check", description = "openapi.selfCheck.tag")
class SelfCheckApiController {

    private final SelfCheckService selfCheck;

    SelfCheckApiController(SelfCheckService selfCheck) {
        this.selfCheck = selfCheck;
    }

    /**
     * The body is taken as bytes and read by hand, so that malformed JSON and values of the wrong type are answered
     * with the same 400 problem as every other broken field, all of them listed.
     */
    @Operation(summary = "Assess an enterprise from its figures without storing anything",
            description = "Texts in the language of Accept-Language (zh-CN default, en). 400 lists every broken field.")
    @PostMapping(path = "/api/v1/self-check", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SelfCheckRequestSchema.class)))
    @ApiResponse(responseCode = "200", description = "openapi.selfCheck.200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SelfCheckResponse.class)))
    @ApiResponse(responseCode = "400", description = "openapi.selfCheck.400",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    SelfCheckResponse check(@RequestBody(required = false) byte[] body, Locale locale) {
        return SelfCheckResponse.of(selfCheck.check(selfCheck.readJson(body), locale), locale);
    }
}
