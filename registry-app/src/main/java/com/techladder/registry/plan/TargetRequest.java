package com.techladder.registry.plan;

import java.util.Map;

/**
 * The target of one scope as an admin sets it.
 *
 * @param scope CITY, HITECH_ZONE or a district code; taken from the URL when editing one target
 * @param years yearly values set explicitly (year → count), anchors of the trajectory; may be empty
 */
record TargetRequest(String scope, Integer baseCount, Integer targetCount, Boolean assumption, String note,
                     Map<Integer, Integer> years) {

    PlanTarget toTarget(String scopeOfTarget) {
        return new PlanTarget(scopeOfTarget, baseCount, targetCount, Boolean.TRUE.equals(assumption), note,
                years == null ? Map.of() : years);
    }
}
