package com.techladder.registry.console;

import java.util.Map;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.model.Programme;

/**
 * One enterprise in a registry search, with its standing in the run searched (all assessment fields null when the run
 * did not assess it).
 *
 * @param division the district's division, null when the registry has no (known) district
 * @param eligibleTierProvisional the eligible tier rests on provisional values (shown with 暂定); false when the run
 *     did not assess it or stored it before this was recorded
 * @param outcomes each programme's outcome code (ELIGIBLE …), in ladder order
 */
public record SearchHit(
        String uscc,
        String name,
        String district,
        FuzhouDivision division,
        String eligibleTier,
        boolean eligibleTierProvisional,
        String certifiedTier,
        Map<Programme, String> outcomes) {
}
