package com.techladder.batch.simulation;

import com.techladder.rules.model.SubsidyProgramme;
import java.math.BigDecimal;

/**
 * The cost of one subsidy in one district, in 万元 with two decimals, under the baseline and under the draft.
 *
 * @param district             Fuzhou division code; empty when the enterprise's district is not on record
 * @param enterprisesBaseline  enterprises granted an amount above zero under the baseline
 */
public record SubsidyCost(SubsidyProgramme subsidy, String district, BigDecimal baseline, BigDecimal draft,
        int enterprisesBaseline, int enterprisesDraft) {

    public BigDecimal difference() {
        return draft.subtract(baseline);
    }
}
