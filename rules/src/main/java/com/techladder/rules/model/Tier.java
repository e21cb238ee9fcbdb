package com.techladder.rules.model;

/** A rung of the ladder, highest first; NONE when no rung is reached. */
public enum Tier {
    NATIONAL_HTE, PROVINCIAL_HTE, TECH_SME, NONE;

    /** The rung a programme stands for; LITTLE_GIANT is beside the ladder and has none. */
    public static Tier of(Programme programme) {
        return switch (programme) {
            case NATIONAL_HTE -> NATIONAL_HTE;
            case PROVINCIAL_HTE -> PROVINCIAL_HTE;
            case TECH_SME -> TECH_SME;
            case LITTLE_GIANT -> NONE;
        };
    }

    public boolean isAbove(Tier other) {
        return ordinal() < other.ordinal();
    }
}
