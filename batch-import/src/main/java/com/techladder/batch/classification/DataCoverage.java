package com.techladder.batch.classification;

/**
 * How much of the registry an assessment year has figures for: an assessment for year Y reads the accounting years
 * Y−3 … Y−1, and an enterprise without Y−1 ends at 资料不足 (INSUFFICIENT_DATA) on every programme.
 *
 * @param enterprises      enterprises in the registry (or in the run)
 * @param withoutData      of which without an accounting year Y−1
 */
public record DataCoverage(int assessmentYear, int enterprises, int withoutData) {

    /** More than half of the enterprises would end at 资料不足: the run is most likely for the wrong year. */
    public boolean mostlyWithoutData() {
        return isMostly(withoutData, enterprises);
    }

    static boolean isMostly(int withoutData, int enterprises) {
        return withoutData * 2L > enterprises;
    }
}
