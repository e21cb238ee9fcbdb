package com.techladder.registry.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
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
    OpenAPI techLadderOpenApi(MessageSource messages) {
        // the annotations' texts are keys springdoc resolves per request; the description's head is zh-CN, the API's language
        return new OpenAPI()
                .info(new Info()
                        .title(messages.getMessage("openapi.title", null, Locale.SIMPLIFIED_CHINESE))
                        .version("v1")
                        .description(messages.getMessage("openapi.description", null, Locale.SIMPLIFIED_CHINESE)))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
