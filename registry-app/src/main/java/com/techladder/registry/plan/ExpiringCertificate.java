package com.techladder.registry.plan;

import java.time.LocalDate;

/**
 * A national 高企 certificate valid on the reference day that ends within the look-ahead window and has no newer
 * certificate behind it: re-recognition (重新认定) is due.
 *
 * @param latestOutcome the holder's 国家高企 outcome in the latest completed run, null when not assessed
 * @param stillMeetsConditions whether that outcome is ELIGIBLE; null when not assessed
 */
record ExpiringCertificate(String uscc, String name, String district, String districtName, boolean inHitechZone,
                           String certificateNo, LocalDate issuedOn, LocalDate validUntil, long daysLeft,
                           String latestOutcome, Boolean stillMeetsConditions) {
}
