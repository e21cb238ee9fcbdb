package com.techladder.registry.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/plan/progress} — the contract's fields (baseYear, baseCount, targetYear, targetCount, years,
 * districts) plus extensions: the other rungs, 福州高新区, technology fields, the funnel and the published counts.
 *
 * @param asOf the day counts of an unfinished year refer to (today); a year whose 31 Dec is after it is not complete
 * @param districtYear the year the district, 高新区, technology-field and funnel figures are for
 */
record PlanProgress(String periodCode, String title, int baseYear, int baseCount, int targetYear, int targetCount,
                    LocalDate asOf, List<Year> years, int districtYear, List<District> districts,
                    Zone hitechZone, List<Field> techFields, Funnel funnel) {

    /**
     * @param target the trajectory value (geometric unless set explicitly)
     * @param certifiedNationalHte enterprises holding a valid 国家高企 certificate on 31 Dec of the year
     * @param eligiblePipeline ELIGIBLE for 国家高企 in the latest completed run of the year without a valid certificate
     *     on 31 Dec; null when no run of that year completed
     * @param reportedNationalHte the count published by the authorities, when there is one
     * @param complete false while 31 Dec of the year is still ahead (counts are then as the lists stand)
     */
    record Year(int year, int target, int certifiedNationalHte, Integer eligiblePipeline, int certifiedProvincialHte,
                int certifiedTechSme, Integer reportedNationalHte, Integer hitechZoneTarget,
                int hitechZoneCertifiedNationalHte, boolean complete) {
    }

    /**
     * @param district GB/T 2260 code, or UNKNOWN for enterprises known only from a certificate list
     * @param target the district's target for the target year (null when it has none)
     * @param yearTarget its trajectory value for {@code districtYear}
     * @param assumption the district's target is an assumption (暂定), not an official figure
     */
    record District(String district, String name, int certifiedNationalHte, Integer eligiblePipeline,
                    int certifiedProvincialHte, int certifiedTechSme, Integer target, Integer yearTarget,
                    boolean assumption) {
    }

    record Zone(String name, int certifiedNationalHte, Integer eligiblePipeline, int certifiedProvincialHte,
                int certifiedTechSme, Integer target, Integer yearTarget, boolean assumption) {
    }

    /** @param techField 1–8, or UNKNOWN when no accounting year records one */
    record Field(String techField, String name, int certifiedNationalHte, int certifiedProvincialHte,
                 int certifiedTechSme) {
    }

    /** The ladder on 31 Dec of {@code districtYear}: 科小 → 省高 → 国高. */
    record Funnel(int techSme, int provincialHte, int nationalHte) {
    }
}
