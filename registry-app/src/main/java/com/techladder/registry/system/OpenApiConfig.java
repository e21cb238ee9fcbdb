package com.techladder.registry.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description at {@code /v3/api-docs} (UI: {@code /swagger-ui.html}); scripts use HTTP Basic. */
@Configuration
class OpenApiConfig {

    private static final String BASIC = "basicAuth";

    @Bean
    OpenAPI techLadderOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("TechLadder 福州科技企业梯度培育库 API")
                        .version("v1")
                        .description("科技型中小企业 → 省级高新技术企业 → 国家高新技术企业：企业库、数据导入、资格测评。"
                                + " 金额单位：万元。错误响应为 application/problem+json (RFC 9457)。"))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
