package com.techladder.sampledata;

/**
 * One generated accounting year, one field per per-year column of the enterprises file. Amounts are hundredths of
 * 万元 (100 元), so boundary values such as "R&D exactly 4% of sales" stay exact; {@link #MISSING} and
 * {@link #MISSING_COUNT} mark an empty (missing, not zero) cell, a null Boolean likewise.
 */
final class YearFigures {

    static final long MISSING = Long.MIN_VALUE;
    static final int MISSING_COUNT = -1;

    final int fiscalYear;
    int employees;
    int techStaff;
    long revenue;
    long totalIncome = MISSING;
    long hitechRevenue = MISSING;
    long totalAssets;
    long totalLiabilities = MISSING;
    long netAssets = MISSING;
    long totalCost = MISSING;
    long rdExpense;
    long rdExpenseDomestic = MISSING;
    int ipClass1 = MISSING_COUNT;
    int ipClass2 = MISSING_COUNT;
    Boolean ipSelfDeveloped;
    /** 1–8, or {@link #MISSING_COUNT}. */
    int techField = MISSING_COUNT;
    int techConversions = MISSING_COUNT;
    int expertInnovationScore = MISSING_COUNT;
    Boolean rdMgmtSystem;
    Boolean rdInstitution;
    Boolean conversionIncentives;
    Boolean talentSystem;
    Boolean provincialRdInstitution;
    Boolean nationalAwardTop3;
    Boolean ledStandard;
    Boolean aboveScale;
    Boolean softwareIndustry;
    Boolean auditedTaxMethod;
    Boolean restrictedIndustry;
    Boolean majorSafetyIncident;
    Boolean majorQualityIncident;
    Boolean seriousEnvViolation;
    Boolean researchMisconduct;
    Boolean seriousFraud;
    Boolean abnormalOperationList;
    Boolean seriousDishonestyList;
    long rdSuperDeduction = MISSING;
    long incomeTaxPayable = MISSING;

    YearFigures(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }
}
