package com.techladder.sampledata;

import java.util.SplittableRandom;

/**
 * Random draws the generator needs. Only {@link SplittableRandom} and {@link StrictMath} are used, so a seed gives
 * the same bytes on every JVM and CPU.
 */
final class Draw {

    private Draw() {
    }

    static double between(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Inclusive bounds. */
    static int between(SplittableRandom random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /**
     * A log-normal-like draw: most firms small, a long tail of larger ones (Irwin–Hall approximation of a normal,
     * which needs no platform-dependent Gaussian).
     */
    static double skewed(SplittableRandom random, double median, double spread) {
        double normal = random.nextDouble() + random.nextDouble() + random.nextDouble()
                + random.nextDouble() - 2.0;
        return median * StrictMath.exp(spread * normal * 1.73);
    }

    /** 高企 condition 5: the R&D share required by the latest year's sales (≤ 5,000万 → 5%, ≤ 2亿 → 4%, else 3%). */
    static double nationalRdBand(double revenueWan) {
        if (revenueWan <= 5_000) {
            return 0.05;
        }
        return revenueWan <= 20_000 ? 0.04 : 0.03;
    }
}
