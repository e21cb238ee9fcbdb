package com.techladder.registry.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;

/**
 * {@code /actuator/health} is UP only when the policy engine can be built from the shipped parameter files and rules:
 * without it neither the self-check nor a classification run can answer. (The database has Spring Boot's own
 * indicator.)
 */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {

    @Override
    public Health health() {
        try {
            PolicyEngine engine = PolicyEngines.standard();
            return Health.up().withDetail("rulesetVersion", engine.rulesetVersion()).build();
        } catch (RuntimeException | LinkageError e) {
            // a broken parameter file surfaces here as the engine's initialisation error
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
