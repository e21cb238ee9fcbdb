package com.techladder.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The embedded default's first-start registry: Fuzhou at its published scale and shape, generated (not committed) in
 * about a second. National 高企 valid on 31 December come near the published 2,057 (2020), 3,759 (2022) and 4,678
 * (2024) and pass the 4,000 target in 2025; 科小 near the 2,437 registered in 2022 (docs/policy/doubling-plan.md).
 * No per-district figure is published: districts follow the base split that migration V40 assumes for the district
 * targets, and 福州高新区 holds about the plan's assumed share. Every choice is listed in sample-data/README.md.
 */
public final class FuzhouRegistry {

    /** Enough firms for about 5,000 live national 高企 chains and 1,800 lapsed ones (see {@link #LAYOUT}). */
    public static final int ENTERPRISES = 15_000;
    /** Fixed, so every first start holds the same registry (350100: 福州市). */
    public static final long SEED = 350_100L;
    /** Figures for 2022–2024; the evaluation year 2025 closes the 14th Five-Year plan. */
    public static final int LATEST_FISCAL_YEAR = 2024;

    /**
     * The archetype mix per 1,000 firms: the registry of a city with about 5,000 national 高企 holds them for a good
     * third, then 科小, the 省高企 pool, ordinary firms that once filed and the test sample's edge cases, fewer of each.
     */
    static final ArchetypeLayout LAYOUT = ArchetypeLayout.of(shares());
    /**
     * Districts weighted by V40's assumed 2020 base split of the 2,057 national 高企 (鼓楼 450, 台江 150, 仓山 330,
     * 马尾 230, 晋安 210, 长乐 120, 闽侯 260, 连江 50, 罗源 25, 闽清 22, 永泰 20, 福清 190) and 平潭 20.
     */
    static final DivisionWeights DIVISIONS = new DivisionWeights(
            DivisionWeights.weights(450, 150, 330, 230, 210, 120, 260, 50, 25, 22, 20, 20, 190));
    /** Brings 福州高新区 near the plan's assumed 500 of 2,057 national 高企 in 2020 (a quarter). */
    static final double HITECH_ZONE_FACTOR = 1.4;

    private FuzhouRegistry() {
    }

    /** Writes {@code enterprises.csv} and {@code certificates.csv} of the Fuzhou registry into {@code directory}. */
    public static GenerationCounts writeTo(Path directory) throws IOException {
        return SampleDataGenerator.writeTo(directory, ENTERPRISES, SEED, LATEST_FISCAL_YEAR, RegistryShape.FUZHOU);
    }

    private static Map<Archetype, Integer> shares() {
        Map<Archetype, Integer> shares = new EnumMap<>(Archetype.class);
        shares.put(Archetype.ORDINARY, 150);
        shares.put(Archetype.TECH_SME_BY_SCORE, 180);
        shares.put(Archetype.DIRECT_PATH_NATIONAL_AWARD, 10);
        shares.put(Archetype.DIRECT_PATH_RD_INSTITUTION, 10);
        shares.put(Archetype.DIRECT_PATH_LED_STANDARD, 10);
        shares.put(Archetype.PROVINCIAL_HTE, 90);
        shares.put(Archetype.NATIONAL_HTE, 390);
        shares.put(Archetype.LITTLE_GIANT, 15);
        shares.put(Archetype.LARGE, 20);
        shares.put(Archetype.EXCLUDED_BY_INCIDENT, 20);
        shares.put(Archetype.EXCLUDED_RESTRICTED_INDUSTRY, 5);
        shares.put(Archetype.NOT_AUDITED_TAX, 5);
        shares.put(Archetype.YOUNG_UNDER_ONE_YEAR, 15);
        shares.put(Archetype.TWO_YEARS_OLD, 20);
        shares.put(Archetype.MISSING_OPTIONAL_DATA, 20);
        shares.put(Archetype.BOUNDARY, 40);
        return shares;
    }
}
