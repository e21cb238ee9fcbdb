package com.techladder.rules.model;

import com.techladder.rules.text.Names;

/** Subsidy and reward programmes the rules estimate (glossary.md). Amounts are in 万元. */
public enum SubsidyProgramme {
    /** 研发经费投入分段补助 (福建 试行 办法, c. 2016). */
    RD_SEGMENTED_GRANT,
    /** 研发投入增量奖补 (闽政办 2025-09-25 措施, to 2028-12-31). */
    RD_GROWTH_GRANT,
    /** 科技小巨人 研发费用加计扣除奖励. */
    LITTLE_GIANT_REWARD,
    /** 高企认定奖励 (福州市 / 福州高新区). */
    HTE_RECOGNITION_REWARD;

    /** The names in both languages: texts/names.yaml, "subsidies". */
    private static final Names.Pair[] NAMES = Names.of("subsidies", values());

    public String nameZh() {
        return NAMES[ordinal()].zh();
    }

    public String nameEn() {
        return NAMES[ordinal()].en();
    }
}
