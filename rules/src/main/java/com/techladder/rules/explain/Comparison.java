package com.techladder.rules.explain;

/** How an actual value must relate to a parameter: 不低于 (≥), 高于 (>), 不超过 (≤), 低于 (<). */
public enum Comparison {
    AT_LEAST("≥ "), ABOVE("> "), AT_MOST("≤ "), BELOW("< ");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public boolean holds(double actual, double limit) {
        return switch (this) {
            case AT_LEAST -> actual >= limit;
            case ABOVE -> actual > limit;
            case AT_MOST -> actual <= limit;
            case BELOW -> actual < limit;
        };
    }

    public String symbol() {
        return symbol;
    }
}
