package com.techladder.sampledata;

/**
 * What one run of {@link SampleDataGenerator} wrote.
 *
 * @param enterprises enterprises in the enterprises file
 * @param enterpriseRows rows of the enterprises file (one per enterprise and fiscal year; young firms have fewer years)
 * @param certificateRows rows of the certificates file, including entries for enterprises absent from the enterprises file
 */
public record GenerationCounts(int enterprises, long enterpriseRows, long certificateRows) {
}
