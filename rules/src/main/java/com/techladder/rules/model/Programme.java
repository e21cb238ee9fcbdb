package com.techladder.rules.model;

/** The four labels TechLadder tracks: three rungs of the ladder and 科技小巨人 beside it (glossary.md). */
public enum Programme {
    /** 科技型中小企业 — first rung; number valid for the calendar year it was issued. */
    TECH_SME("科技型中小企业", "Technology-based SME"),
    /** 省级高新技术企业 — Fujian's provincial pool, middle rung. */
    PROVINCIAL_HTE("省级高新技术企业", "Provincial high-tech enterprise"),
    /** 国家高新技术企业 — national recognition, certificate valid 3 years. */
    NATIONAL_HTE("国家高新技术企业", "National high-tech enterprise"),
    /** 科技小巨人企业 — parallel label, not a rung. */
    LITTLE_GIANT("科技小巨人企业", "Technology little giant");

    private final String nameZh;
    private final String nameEn;

    Programme(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Accepts the code (TECH_SME) or the Chinese name (科技型中小企业), as the certificates CSV does. */
    public static Programme parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("programme is missing");
        }
        String t = text.trim();
        for (Programme p : values()) {
            if (p.name().equalsIgnoreCase(t) || p.nameZh.equals(t)) {
                return p;
            }
        }
        if (t.equals("国家级高新技术企业") || t.equals("高新技术企业") || t.equals("科技小巨人领军企业")) {
            return t.startsWith("科技") ? LITTLE_GIANT : NATIONAL_HTE;
        }
        throw new IllegalArgumentException("unknown programme '" + t + "'");
    }
}
