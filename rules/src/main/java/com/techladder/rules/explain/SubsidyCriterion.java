package com.techladder.rules.explain;

import com.techladder.rules.model.SubsidyProgramme;

/**
 * The names by which the subsidy rules refer to the entries of the subsidy catalogue ({@code criteria/<subsidy>.yaml}):
 * each condition, amount and step of a subsidy's explanation, with its parameter, clause, comparison, unit and texts
 * as data there. {@code RD_GROWTH_GRANT_RD_EXPENSE} is entry {@code RD_EXPENSE} of the {@code RD_GROWTH_GRANT} file.
 * {@link CriterionCatalogue} refuses to load when this list and the files disagree.
 */
public enum SubsidyCriterion {
    RD_SEGMENTED_GRANT_BASE,
    RD_SEGMENTED_GRANT_SCALE_UNREPORTED,
    RD_SEGMENTED_GRANT_ONE_STRIKE,
    RD_SEGMENTED_GRANT_ABOVE_SCALE_OR_HTE,
    RD_SEGMENTED_GRANT_RD_EXPENSE_MISSING,
    RD_SEGMENTED_GRANT_GROWTH_PART,
    RD_SEGMENTED_GRANT_GROWTH_PART_UNCOUNTED,
    RD_SEGMENTED_GRANT_SOURCE,
    RD_SEGMENTED_GRANT_GROWTH_PART_PAID_ELSEWHERE,
    RD_SEGMENTED_GRANT_GROWTH_PART_PAID_HERE,

    RD_GROWTH_GRANT_AMOUNT,
    RD_GROWTH_GRANT_AMOUNT_CAPPED,
    RD_GROWTH_GRANT_PROVINCIAL_PRE_CHECK,
    RD_GROWTH_GRANT_RUNG_UNDER_REVIEW,
    RD_GROWTH_GRANT_ONE_STRIKE,
    RD_GROWTH_GRANT_TECH_ENTERPRISE,
    RD_GROWTH_GRANT_RD_MISSING,
    RD_GROWTH_GRANT_RD_EXPENSE,
    RD_GROWTH_GRANT_GROWTH,
    RD_GROWTH_GRANT_SOURCE,
    RD_GROWTH_GRANT_STATISTICAL_BASIS,
    RD_GROWTH_GRANT_EXPENSE_STANDS_IN,
    RD_GROWTH_GRANT_PAID_ONCE_HERE,
    RD_GROWTH_GRANT_PAID_ONCE_ELSEWHERE,

    LITTLE_GIANT_REWARD_LOCAL_SHARE,
    LITTLE_GIANT_REWARD_CRITERIA_UNDER_REVIEW,
    LITTLE_GIANT_REWARD_ONE_STRIKE,
    LITTLE_GIANT_REWARD_LISTED,
    LITTLE_GIANT_REWARD_FIGURES_MISSING,
    LITTLE_GIANT_REWARD_ESTIMATE,
    LITTLE_GIANT_REWARD_AMOUNT_HTE_RATE,
    LITTLE_GIANT_REWARD_AMOUNT_GENERAL_RATE,

    HTE_RECOGNITION_REWARD_CITY_RENEWAL,
    HTE_RECOGNITION_REWARD_CITY_DIRECT,
    HTE_RECOGNITION_REWARD_CITY_POOL_EXIT,
    HTE_RECOGNITION_REWARD_CITY_PROVINCIAL_ENTRY,
    HTE_RECOGNITION_REWARD_CITY_MATCHING,
    HTE_RECOGNITION_REWARD_CITY_FIRST,
    HTE_RECOGNITION_REWARD_CITY_FIRST_BELOW_SCALE,
    HTE_RECOGNITION_REWARD_CITY_RENEWAL_BELOW_SCALE,
    HTE_RECOGNITION_REWARD_ZONE_RENEWAL,
    HTE_RECOGNITION_REWARD_ZONE_FIRST_ABOVE_SCALE,
    HTE_RECOGNITION_REWARD_ZONE_FIRST_BELOW_SCALE,
    HTE_RECOGNITION_REWARD_ONE_STRIKE,
    HTE_RECOGNITION_REWARD_NOT_RECOGNISED,
    HTE_RECOGNITION_REWARD_NOT_RECOGNISED_MATCHING_OPEN,
    HTE_RECOGNITION_REWARD_NOT_RECOGNISED_CITY_OPEN,
    HTE_RECOGNITION_REWARD_SCALE_UNREPORTED;

    private final SubsidyProgramme subsidy;
    private final String entry;

    SubsidyCriterion() {
        EntryName<SubsidyProgramme> name = EntryName.of(name(), SubsidyProgramme.values());
        subsidy = name.owner();
        entry = name.entry();
    }

    /** The subsidy whose catalogue file holds the entry. */
    public SubsidyProgramme subsidy() {
        return subsidy;
    }

    /** The entry's name in that file, e.g. {@code RD_EXPENSE}. */
    public String entry() {
        return entry;
    }

    /** The catalogue entry. */
    public CriterionEntry details() {
        return CriterionCatalogue.standard().entry(this);
    }
}
