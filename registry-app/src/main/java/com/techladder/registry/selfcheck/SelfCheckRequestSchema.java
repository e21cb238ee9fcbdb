package com.techladder.registry.selfcheck;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request body of {@code POST /api/v1/self-check} as the OpenAPI description shows it. Documentation only: the
 * body is read by {@link SelfCheckJson}, which reports every broken field instead of stopping at the first.
 */
@Schema(name = "SelfCheckRequest", description = "企业资格自测请求：评价年度 + 至多三个会计年度的数据（企业年度数据 CSV 的各列，camelCase）")
record SelfCheckRequestSchema(
        @Schema(description = "评价年度；使用此前三个会计年度的数据", example = "2025", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer assessmentYear,
        @Schema(description = "统一社会信用代码（选填，GB 32100-2015 校验）", example = "91350100M000100Y43")
        String uscc,
        @Schema(description = "企业名称（选填）", example = "福州星河软件有限公司")
        String name,
        @Schema(description = "会计年度数据，每项必须有 fiscalYear；其余为企业年度数据 CSV 的任意列（camelCase），金额单位万元",
                example = "[{\"fiscalYear\": 2024, \"district\": \"350104\", \"establishedOn\": \"2016-05-10\","
                        + " \"employees\": 120, \"techStaff\": 30, \"revenue\": 8000, \"totalAssets\": 6000,"
                        + " \"rdExpense\": 450, \"ipClass1\": 1, \"ipClass2\": 3}]",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<Map<String, Object>> records,
        @Schema(description = "已有证书（选填）：programme, issuedOn, validUntil, certificateNo, batch, revoked, revokedOn",
                example = "[{\"programme\": \"NATIONAL_HTE\", \"issuedOn\": \"2023-12-01\", \"validUntil\": \"2026-11-30\"}]")
        List<Map<String, String>> certificates) {
}
