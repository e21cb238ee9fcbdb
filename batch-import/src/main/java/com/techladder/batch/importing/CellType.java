package com.techladder.batch.importing;

/** What a CSV cell holds, per the contract's "type" column; {@link CellParser} turns the text into a value. */
public enum CellType {
    /** 企业名称: text of at most 200 characters. */
    NAME(SqlType.TEXT, 200),
    /** 证书编号/入库登记编号. */
    CERTIFICATE_NO(SqlType.TEXT, 64),
    /** 批次, e.g. 2024年第一批. */
    BATCH(SqlType.TEXT, 100),
    /** 统一社会信用代码 (GB 32100-2015), stored upper-cased and trimmed. */
    USCC(SqlType.TEXT, 18),
    /** 所属区县: stored as the 6-digit GB/T 2260 code. */
    DISTRICT(SqlType.TEXT, 6),
    /** 类别: stored as the programme code (NATIONAL_HTE …). */
    PROGRAMME(SqlType.TEXT, 20),
    /** 技术领域 1–8 or its Chinese name, stored as the number. */
    TECH_FIELD(SqlType.INTEGER, 0),
    BOOLEAN(SqlType.BOOLEAN, 0),
    DATE(SqlType.DATE, 0),
    /** 年度: 2000 ≤ y ≤ the current year. */
    FISCAL_YEAR(SqlType.INTEGER, 0),
    /** A count: non-negative integer. */
    COUNT(SqlType.INTEGER, 0),
    /** An amount in 万元, ≥ 0, up to 4 decimals. */
    AMOUNT(SqlType.DECIMAL, 0),
    /** An amount in 万元 that may be negative (净资产). */
    SIGNED_AMOUNT(SqlType.DECIMAL, 0),
    /** 创新能力评价专家评分: integer 0–100 (the 高企 evaluation scores in whole points). */
    SCORE(SqlType.INTEGER, 0);

    private final SqlType sqlType;
    private final int maxLength;

    CellType(SqlType sqlType, int maxLength) {
        this.sqlType = sqlType;
        this.maxLength = maxLength;
    }

    public SqlType sqlType() {
        return sqlType;
    }

    /** Longest text accepted; 0 for non-text types. */
    public int maxLength() {
        return maxLength;
    }
}
