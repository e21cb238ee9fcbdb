package com.techladder.registry.plan;

import com.techladder.rules.identity.FuzhouDivision;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import com.techladder.registry.portal.Formats;

/**
 * What a target or a count is about: the whole city (全市), 福州高新区 — a management zone beside the divisions, whose
 * enterprises are also counted in their district (docs/policy/identifiers.md) — or one GB/T 2260 district code.
 */
final class PlanScope {

    static final String CITY = Formats.CITY;
    static final String HITECH_ZONE = Formats.HITECH_ZONE;
    /** The API's names are Chinese (docs/contracts/http-api.md): the zh-CN bundle's, the pages' words. */
    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    private PlanScope() {
    }

    static boolean isValid(String scope) {
        return CITY.equals(scope) || HITECH_ZONE.equals(scope) || FuzhouDivision.byCode(scope).isPresent();
    }

    static Optional<FuzhouDivision> division(String scope) {
        return FuzhouDivision.byCode(scope);
    }

    /** The API's name of the enterprises without a technology field (未填报技术领域). */
    static String techFieldUnknownZh() {
        return ZH.getString(Formats.techFieldKey(null));
    }

    /**
     * Chinese name, as the API gives it: 全市, 福州高新区, the district's name, or 未知区县 for none (pages and exports
     * say it in the reader's language, {@link Formats#division}).
     */
    static String nameZh(String scope) {
        String key = Formats.divisionKey(scope);
        return ZH.containsKey(key) ? ZH.getString(key) : scope;
    }
}
