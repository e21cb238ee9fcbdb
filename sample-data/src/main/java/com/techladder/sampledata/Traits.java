package com.techladder.sampledata;

/**
 * The character of one generated enterprise in its latest fiscal year, chosen by its {@link Archetype} (or
 * {@link BoundaryCase}); {@link AccountingYears} derives every year's figures from it. Ratios are fractions.
 */
final class Traits {

    int employees;
    double staffRatio;
    /** Latest-year sales revenue in 万元. */
    double revenueWan;
    /** Explicit revenue per year in 万元, oldest first, when a case needs an exact series (growth rates). */
    double[] revenueSeriesWan;
    /** Explicit net assets per year in 万元, oldest first. */
    double[] netAssetsSeriesWan;
    /** Overrides the latest year's total assets in 万元 (size-boundary cases). */
    double latestAssetsWan = Double.NaN;
    double rdRatio;
    double domesticShare = 0.9;
    double hitechShare;
    double assetRatio = 1.0;
    double debtRatio = 0.5;
    double costRatio = 0.92;
    int ipClass1;
    int ipClass2;
    boolean ipSelfDeveloped = true;
    /** Total of the last three years. */
    int techConversions;
    int expertScore = YearFigures.MISSING_COUNT;
    /** 技术领域 1–8, or {@link YearFigures#MISSING_COUNT}. */
    int techField;
    /** The four 研究开发组织管理水平 items (制度与辅助账, 研发机构, 转化激励, 人才制度). */
    boolean managementSystems;
    boolean rdInstitution;
    boolean provincialRdInstitution;
    boolean nationalAwardTop3;
    boolean ledStandard;
    boolean softwareIndustry;
    boolean restrictedIndustry;
    boolean auditedTaxMethod = true;
    /** Yearly growth of revenue (negative for a declining firm). */
    double growth;
    /** Integral revenues and exact percentages: figures that sit exactly on a threshold. */
    boolean exactFigures;
    /** Which exclusion flag is set in the latest year ({@link ExclusionFlag}), or null. */
    ExclusionFlag exclusion;
    /** Optional columns left empty at random, the same columns every year. */
    boolean sparse;
    /** Reports 研发费用加计扣除额 and 应纳企业所得税额. */
    boolean taxData;
    /** Certified national 高企 pays 15% income tax. */
    boolean nationalHte;
    /** The oldest year's sales are zero (growth edge rule of docs/policy/national-hte.md). */
    boolean zeroRevenueFirstYear;
}
