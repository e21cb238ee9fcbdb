package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /actuator/health/readiness} (issue 13 point 16): a script that waits for it can sign in at once. It refuses
 * traffic while the start-up runners work — the first start's sample import, then the demo accounts — and turns UP
 * only after them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReadinessTest {

    /** What the readiness state was while each start-up step ran, in order. */
    static final List<String> SEEN = new ArrayList<>();

    @TestConfiguration
    static class WatchStartUp {

        /** Between the sample import (order 100) and the demo accounts (order 200). */
        @Bean
        @Order(150)
        ApplicationRunner betweenImportAndAccounts(ApplicationAvailability availability) {
            return args -> SEEN.add("import done: " + availability.getReadinessState());
        }

        /** After every other runner. */
        @Bean
        @Order(Integer.MAX_VALUE)
        ApplicationRunner last(ApplicationAvailability availability) {
            return args -> SEEN.add("accounts done: " + availability.getReadinessState());
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void readinessRefusesTrafficUntilTheSampleImportAndTheDemoAccountsAreDone() {
        assertThat(SEEN).containsExactly("import done: REFUSING_TRAFFIC", "accounts done: REFUSING_TRAFFIC");
    }

    @Test
    void readinessIsPublicAndUpOnceStarted() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void readinessAndHealthAnswer503WhileTheApplicationRefusesTraffic() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            // the readiness state counts in the overall health too: a script polling either waits for start-up
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
