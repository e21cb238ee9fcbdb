package com.techladder.rules.explain;

import com.techladder.rules.model.Programme;

/**
 * The names by which the rules refer to the criteria of the catalogue ({@code criteria/*.yaml}); everything else about a
 * criterion — its parameter, comparison, unit and texts — is data there. {@code TECH_SME_EMPLOYEES} is entry
 * {@code EMPLOYEES} of the {@code TECH_SME} file. {@link CriterionCatalogue} refuses to load when this list and the
 * files disagree.
 */
public enum Criterion {
    TECH_SME_CRITERIA_VERSION,
    TECH_SME_RESIDENT,
    TECH_SME_AUDITED_TAX,
    TECH_SME_EMPLOYEES,
    TECH_SME_REVENUE,
    TECH_SME_ASSETS,
    TECH_SME_INDUSTRY,
    TECH_SME_INTEGRITY,
    TECH_SME_REAPPLY_FROM,
    TECH_SME_FRAUD,
    TECH_SME_FRAUD_BAN,
    TECH_SME_REVOKED_THIS_YEAR,
    TECH_SME_PATH_HTE_CERTIFICATE,
    TECH_SME_PATH_NATIONAL_AWARD,
    TECH_SME_PATH_PROVINCIAL_RD_INSTITUTION,
    TECH_SME_PATH_LED_STANDARD,
    TECH_SME_STAFF_POINTS,
    TECH_SME_RD_POINTS_UNREPORTED,
    TECH_SME_RD_POINTS_SALES_OPEN,
    TECH_SME_RD_POINTS_COST_OPEN,
    TECH_SME_RD_POINTS_BY_SALES,
    TECH_SME_RD_POINTS_BY_COST,
    TECH_SME_IP_POINTS_CLASS1,
    TECH_SME_IP_POINTS_CLASS2,
    TECH_SME_IP_POINTS_CLASS1_OPEN,
    TECH_SME_IP_POINTS_CLASS2_OPEN,
    TECH_SME_SCORE,

    PROVINCIAL_HTE_AGE,
    PROVINCIAL_HTE_TECH_FIELD,
    PROVINCIAL_HTE_RD_ACCOUNT,
    PROVINCIAL_HTE_ONE_STRIKE,
    PROVINCIAL_HTE_REAPPLY_FROM,
    PROVINCIAL_HTE_IP,
    PROVINCIAL_HTE_STAFF_RATIO,
    PROVINCIAL_HTE_RD_RATIO,
    PROVINCIAL_HTE_HITECH_SHARE,

    NATIONAL_HTE_AGE,
    NATIONAL_HTE_IP,
    NATIONAL_HTE_TECH_FIELD,
    NATIONAL_HTE_STAFF_RATIO,
    NATIONAL_HTE_RD_RATIO,
    NATIONAL_HTE_RD_RATIO_UNBANDED,
    NATIONAL_HTE_DOMESTIC_RD_SHARE,
    NATIONAL_HTE_HITECH_SHARE,
    NATIONAL_HTE_NO_INCIDENTS,
    NATIONAL_HTE_DISHONESTY_LIST,
    NATIONAL_HTE_REAPPLY_FROM,
    NATIONAL_HTE_IP_ADVANCEMENT,
    NATIONAL_HTE_IP_CORE_SUPPORT,
    NATIONAL_HTE_IP_QUANTITY_CLASS1,
    NATIONAL_HTE_IP_QUANTITY_CLASS1_UNREPORTED,
    NATIONAL_HTE_IP_QUANTITY_CLASS2,
    NATIONAL_HTE_IP_ACQUISITION_NONE,
    NATIONAL_HTE_IP_ACQUISITION_UNREPORTED,
    NATIONAL_HTE_IP_ACQUISITION_SELF,
    NATIONAL_HTE_IP_ACQUISITION_OTHER,
    NATIONAL_HTE_STANDARD_BONUS,
    NATIONAL_HTE_CONVERSIONS,
    NATIONAL_HTE_MGMT_RD_SYSTEM,
    NATIONAL_HTE_MGMT_RD_INSTITUTION,
    NATIONAL_HTE_MGMT_CONVERSION_INCENTIVES,
    NATIONAL_HTE_MGMT_TALENT_SYSTEM,
    NATIONAL_HTE_NET_ASSET_GROWTH,
    NATIONAL_HTE_REVENUE_GROWTH,
    NATIONAL_HTE_INNOVATION_SCORE,
    NATIONAL_HTE_INNOVATION_SCORE_RANGE,

    LITTLE_GIANT_SME,
    LITTLE_GIANT_REVENUE,
    LITTLE_GIANT_MAIN_PRODUCT_SHARE,
    LITTLE_GIANT_STAFF_RATIO,
    LITTLE_GIANT_DEBT_RATIO,
    LITTLE_GIANT_RD_RATIO,
    LITTLE_GIANT_RD_RATIO_SOFTWARE,
    LITTLE_GIANT_RD_RATIO_INDUSTRY_UNREPORTED,
    LITTLE_GIANT_RD_INSTITUTION,
    LITTLE_GIANT_IP,
    LITTLE_GIANT_YEARS_REGISTERED,
    LITTLE_GIANT_CRITERIA_VERSION,
    LITTLE_GIANT_ONE_STRIKE,
    LITTLE_GIANT_REAPPLY_FROM;

    private final Programme programme;
    private final String entry;

    Criterion() {
        Programme owner = null;
        for (Programme p : Programme.values()) {
            if (name().startsWith(p.name() + "_")) {
                owner = p;
            }
        }
        programme = owner;
        entry = owner == null ? name() : name().substring(owner.name().length() + 1);
    }

    /** The programme whose catalogue file holds the entry. */
    public Programme programme() {
        return programme;
    }

    /** The entry's name in that file, e.g. {@code EMPLOYEES}. */
    public String entry() {
        return entry;
    }

    /** The catalogue entry. */
    public CriterionEntry details() {
        return CriterionCatalogue.standard().entry(this);
    }
}
