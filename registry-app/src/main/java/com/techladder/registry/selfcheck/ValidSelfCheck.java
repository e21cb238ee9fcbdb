package com.techladder.registry.selfcheck;

import com.techladder.rules.model.EnterpriseProfile;

/** A self-check request that passed every rule: what the engine evaluates. */
public record ValidSelfCheck(int assessmentYear, EnterpriseProfile profile) {
}
