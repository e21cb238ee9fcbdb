package com.techladder.sampledata;

import java.util.function.IntFunction;

/**
 * What a generated registry looks like: its archetype mix, its spread over the districts, how many firms sit in
 * 福州高新区 and which official-list entries they hold.
 *
 * @param layout the archetype mix
 * @param divisions the spread over the 13 districts
 * @param hitechZoneFactor scales each district's odds of a firm in 福州高新区
 * @param certificates the certificate policy, given the latest fiscal year
 */
record RegistryShape(ArchetypeLayout layout, DivisionWeights divisions, double hitechZoneFactor,
        IntFunction<CertificateSource> certificates) {

    /** The test sample's shape: every kind of firm in a few hundred, certificates of the last three years. */
    static final RegistryShape STANDARD = new RegistryShape(ArchetypeLayout.STANDARD, DivisionWeights.STANDARD, 1.0,
            CertificateFactory::new);
    /** Fuzhou's scale and shape ({@link FuzhouRegistry}). */
    static final RegistryShape FUZHOU = new RegistryShape(FuzhouRegistry.LAYOUT, FuzhouRegistry.DIVISIONS,
            FuzhouRegistry.HITECH_ZONE_FACTOR, FuzhouCertificates::new);
}
