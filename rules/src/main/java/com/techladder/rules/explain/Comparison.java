package com.techladder.rules.explain;

/** How an actual value must relate to a parameter: 不低于 (≥), 高于 (>), 不超过 (≤), 低于 (<). */
public enum Comparison {
    AT_LEAST("≥ "), ABOVE("> "), AT_MOST("≤ "), BELOW("< ");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** Within 1e-9 counts as equal: a ratio that exactly meets a limit may come out of floating point a hair short. */
    public boolean holds(double actual, double limit) {
        return switch (this) {
            case AT_LEAST -> actual >= limit - TOLERANCE;
            case ABOVE -> actual > limit + TOLERANCE;
            case AT_MOST -> actual <= limit + TOLERANCE;
            case BELOW -> actual < limit - TOLERANCE;
        };
    }

    /** Without tolerance: as the subsidy rules have always compared their amounts. */
    public boolean holdsExactly(double actual, double limit) {
        return switch (this) {
            case AT_LEAST -> actual >= limit;
            case ABOVE -> actual > limit;
            case AT_MOST -> actual <= limit;
            case BELOW -> actual < limit;
        };
    }

    private static final double TOLERANCE = 1e-9;

    public String symbol() {
        return symbol;
    }
}
