package com.techladder.registry.selfcheck;

/** What a self-check field holds, and so which rule of the enterprises CSV contract (docs/contracts/import-csv.md) checks it. */
public enum FieldKind {
    /** 企业名称: not blank, at most 200 characters. */
    NAME,
    /** 统一社会信用代码, checked by {@link com.techladder.rules.identity.Uscc}. */
    USCC,
    /** 所属区县: a Fuzhou division, by 6-digit code or Chinese name. */
    DISTRICT,
    /** A date that cannot lie in the future (成立日期). */
    PAST_DATE,
    /** A date (certificates). */
    DATE,
    /** true/false, 是/否, 1/0, Y/N. */
    BOOLEAN,
    /** A non-negative integer. */
    COUNT,
    /** An amount in 万元, ≥ 0, at most 4 decimals. */
    AMOUNT,
    /** An amount in 万元 that may be negative (净资产). */
    SIGNED_AMOUNT,
    /** 技术领域: 1–8 or the field's Chinese name. */
    TECH_FIELD,
    /** 创新能力评价专家评分: integer 0–100. */
    SCORE,
    /** 证书类别: a programme code or Chinese name. */
    PROGRAMME,
    /** Free text of at most 100 characters (证书编号, 批次). */
    SHORT_TEXT
}
