package com.techladder.rules.record;

/**
 * What a column of the enterprise-year record holds (docs/contracts/import-csv.md, "type"). Every way a record comes in
 * — the CSV import, the self-check API and form — reads a value by this type; the names are the ones the self-check
 * form's templates switch on ({@code BOOLEAN}, {@code TECH_FIELD}).
 */
public enum ValueType {
    /** 统一社会信用代码 (GB 32100-2015), trimmed and upper-cased. */
    USCC,
    /** 企业名称: not blank, at most 200 characters. */
    NAME,
    /** 所属区县: a Fuzhou division, by 6-digit code or Chinese name; stored as the code. */
    DISTRICT,
    /** true/false, 1/0, 是/否, Y/N, yes/no. */
    BOOLEAN,
    /** A date (成立日期). */
    DATE,
    /** 年度: from the first fiscal year to the current year. */
    FISCAL_YEAR,
    /** A non-negative whole number. */
    COUNT,
    /** An amount in 万元, ≥ 0, at most 12 digits before the point and 4 after it. */
    AMOUNT,
    /** An amount in 万元 that may be negative (净资产). */
    SIGNED_AMOUNT,
    /** 技术领域: 1–8 or the field's Chinese name; stored as the number. */
    TECH_FIELD,
    /** 创新能力评价专家评分: a whole number 0–100. */
    SCORE
}
