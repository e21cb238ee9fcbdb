package com.techladder.registry.selfcheck;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request body of {@code POST /api/v1/self-check} as the OpenAPI description shows it. Documentation only: the
 * body is read by {@link SelfCheckJson}, which reports every broken field instead of stopping at the first.
 */
// descriptions are bundle keys, said by springdoc in the reader's language (springdoc.api-docs.resolve-schema-properties)
@Schema(name = "SelfCheckRequest", description = "openapi.selfCheck.request")
record SelfCheckRequestSchema(
        @Schema(description = "openapi.selfCheck.assessmentYear", example = "2025", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer assessmentYear,
        @Schema(description = "openapi.selfCheck.uscc", example = "91350100M000100Y43")
        String uscc,
        @Schema(description = "openapi.selfCheck.name")
        String name,
        @Schema(description = "openapi.selfCheck.records",
                example = "[{\"fiscalYear\": 2024, \"district\": \"350104\", \"establishedOn\": \"2016-05-10\","
                        + " \"employees\": 120, \"techStaff\": 30, \"revenue\": 8000, \"totalAssets\": 6000,"
                        + " \"rdExpense\": 450, \"ipClass1\": 1, \"ipClass2\": 3}]",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<Map<String, Object>> records,
        @Schema(description = "openapi.selfCheck.certificates",
                example = "[{\"programme\": \"NATIONAL_HTE\", \"issuedOn\": \"2023-12-01\", \"validUntil\": \"2026-11-30\"}]")
        List<Map<String, String>> certificates) {
}
