package com.techladder.rules.model;

import com.techladder.rules.text.Names;

/** The four labels TechLadder tracks: three rungs of the ladder and 科技小巨人 beside it (glossary.md). */
public enum Programme {
    /** 科技型中小企业 — first rung; number valid for the calendar year it was issued. */
    TECH_SME,
    /** 省级高新技术企业 — Fujian's provincial pool, middle rung. */
    PROVINCIAL_HTE,
    /** 国家高新技术企业 — national recognition, certificate valid 3 years. */
    NATIONAL_HTE,
    /** 科技小巨人企业 — parallel label, not a rung. */
    LITTLE_GIANT;

    /** The names in both languages and the other spellings of certificate lists: texts/names.yaml, "programmes". */
    private static final Names.Pair[] NAMES = Names.of("programmes", values());

    public String nameZh() {
        return NAMES[ordinal()].zh();
    }

    public String nameEn() {
        return NAMES[ordinal()].en();
    }

    /**
     * Accepts the code (TECH_SME), the Chinese name (科技型中小企业) or another spelling certificate lists use
     * (高新技术企业), as the certificates CSV does.
     */
    public static Programme parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("programme is missing");
        }
        String t = text.trim();
        for (Programme p : values()) {
            Names.Pair names = NAMES[p.ordinal()];
            if (p.name().equalsIgnoreCase(t) || names.zh().equals(t) || names.alsoSpelled().contains(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown programme '" + t + "'");
    }
}
