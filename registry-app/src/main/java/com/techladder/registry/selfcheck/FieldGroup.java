package com.techladder.registry.selfcheck;

/**
 * How the self-check form groups the per-year figures, in the order shown. The message bundles hold each group's
 * heading ({@code selfcheck.group.STAFF}) and its plain-language explanation ({@code selfcheck.group.STAFF.help}).
 */
public enum FieldGroup {
    /** 人员. */
    STAFF,
    /** 收入与资产. */
    INCOME,
    /** 研发. */
    RD,
    /** 知识产权与成果. */
    IP,
    /** 管理制度. */
    MANAGEMENT,
    /** 企业类型与税务. */
    PROFILE,
    /** 诚信情况. */
    INTEGRITY
}
