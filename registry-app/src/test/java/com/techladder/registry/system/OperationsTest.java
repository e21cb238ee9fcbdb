package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The Operations section of the HTTP contract: health and the OpenAPI description, both public. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    HealthContributorRegistry contributors;

    @Test
    void healthIsUpWithoutLoginAndShowsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void healthCountsTheDatabaseAndTheRules() {
        assertThat(contributors.getContributor("db")).isNotNull();
        Health rules = ((HealthIndicator) contributors.getContributor("rules")).health();
        assertThat(rules.getStatus()).isEqualTo(Status.UP);
        assertThat(rules.getDetails().get("rulesetVersion")).asString().isNotBlank();
    }

    @Test
    void otherActuatorEndpointsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("staff", "techladder"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", "techladder"))).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionIsPublicAndNamesTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths", Matchers.hasKey("/api/v1/enterprises/{uscc}")))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"));
    }

    @Test
    void theOpenApiDescriptionIsPublicAsYamlToo() throws Exception {
        String yaml = mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(yaml).startsWith("openapi: 3.").contains("/api/v1/enterprises/{uscc}:");
    }

    @Test
    void theSwaggerUiIsPublic() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("swagger")));
    }
}
