package com.techladder.rules.record;

/**
 * The sections of the official application forms (基本信息, 人员, 财务, 研究开发, 知识产权, 管理制度, 诚信) a per-year
 * column belongs to, in the order the self-check form shows them. Message bundles hold each group's heading
 * ({@code selfcheck.group.STAFF}) and its explanation ({@code selfcheck.group.STAFF.help}).
 *
 * <p>A group {@linkplain #askedOnce() asked once} describes the enterprise rather than one accounting year: the form
 * asks it once and sends the answer in every year's record, because the contracts keep these columns per year.
 */
public enum RecordGroup {
    /** 企业类型与税务 (and the 技术领域 of the main products), asked once. */
    PROFILE(true),
    /** 人员情况. */
    STAFF(false),
    /** 财务状况. */
    INCOME(false),
    /** 研究开发. */
    RD(false),
    /** 知识产权与成果转化. */
    IP(false),
    /** 研发组织管理制度与研发机构, asked once. */
    MANAGEMENT(true),
    /** 诚信情况, asked once (for the years entered and the current year). */
    INTEGRITY(true);

    private final boolean askedOnce;

    RecordGroup(boolean askedOnce) {
        this.askedOnce = askedOnce;
    }

    public boolean askedOnce() {
        return askedOnce;
    }
}
