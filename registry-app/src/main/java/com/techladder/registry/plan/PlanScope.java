package com.techladder.registry.plan;

import com.techladder.rules.identity.FuzhouDivision;
import java.util.Optional;

/**
 * What a target or a count is about: the whole city (全市), 福州高新区 — a management zone beside the divisions, whose
 * enterprises are also counted in their district (docs/policy/identifiers.md) — or one GB/T 2260 district code.
 */
final class PlanScope {

    static final String CITY = "CITY";
    static final String HITECH_ZONE = "HITECH_ZONE";

    private PlanScope() {
    }

    static boolean isValid(String scope) {
        return CITY.equals(scope) || HITECH_ZONE.equals(scope) || FuzhouDivision.byCode(scope).isPresent();
    }

    static Optional<FuzhouDivision> division(String scope) {
        return FuzhouDivision.byCode(scope);
    }

    /** Chinese display name: 全市, 福州高新区 or the district's name. */
    static String nameZh(String scope) {
        if (CITY.equals(scope)) {
            return "全市";
        }
        if (HITECH_ZONE.equals(scope)) {
            return "福州高新区";
        }
        return FuzhouDivision.byCode(scope).map(FuzhouDivision::nameZh).orElse(scope);
    }
}
