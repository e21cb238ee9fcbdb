package com.techladder.registry.selfcheck;

import java.util.List;
import java.util.Map;

/**
 * A self-check request as received, every value still text (a JSON number or boolean as its literal, a form field as
 * typed; blank = missing), so that the API and the form page share one validator and report the same messages.
 *
 * @param enterprise     enterprise-level fields given once at the top (uscc, name, district, inHitechZone,
 *                       establishedOn); the same keys inside a record apply when the top does not give them
 * @param records        one map per accounting year, keyed by camelCase column ({@code fiscalYear}, {@code employees} …)
 * @param certificates   one map per certificate: programme, issuedOn, validUntil, certificateNo, batch, revoked, revokedOn
 * @param shapeViolations what was already wrong with the shape of the request (not JSON, a value that is an object …)
 */
public record SelfCheckInput(
        String assessmentYear,
        Map<String, String> enterprise,
        List<Map<String, String>> records,
        List<Map<String, String>> certificates,
        List<Violation> shapeViolations) {

    public SelfCheckInput {
        enterprise = Map.copyOf(enterprise);
        records = List.copyOf(records);
        certificates = List.copyOf(certificates);
        shapeViolations = List.copyOf(shapeViolations);
    }

    /** The certificate keys a request may carry, besides which nothing is accepted in a certificate. */
    public static final List<String> CERTIFICATE_KEYS =
            List.of("programme", "certificateNo", "issuedOn", "validUntil", "batch", "revoked", "revokedOn");
}
