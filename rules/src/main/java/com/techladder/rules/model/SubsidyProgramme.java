package com.techladder.rules.model;

/** Subsidy and reward programmes the rules estimate (glossary.md). Amounts are in 万元. */
public enum SubsidyProgramme {
    /** 研发经费投入分段补助 (福建 试行 办法, c. 2016). */
    RD_SEGMENTED_GRANT("研发经费投入分段补助", "Segmented R&D grant"),
    /** 研发投入增量奖补 (闽政办 2025-09-25 措施, to 2028-12-31). */
    RD_GROWTH_GRANT("研发投入增量奖补", "R&D growth grant"),
    /** 科技小巨人 研发费用加计扣除奖励. */
    LITTLE_GIANT_REWARD("研发费用加计扣除奖励", "Little-giant super-deduction reward"),
    /** 高企认定奖励 (福州市 / 福州高新区). */
    HTE_RECOGNITION_REWARD("高企认定奖励", "HTE recognition reward");

    private final String nameZh;
    private final String nameEn;

    SubsidyProgramme(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
