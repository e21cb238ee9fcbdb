package com.techladder.rules.result;

import com.techladder.rules.model.SubsidyProgramme;
import java.math.BigDecimal;

/**
 * A subsidy estimate.
 *
 * @param amount  estimate in 万元 (0 when not eligible)
 * @param basis   how the amount was computed and from which clause, zh-CN
 * @param undetermined a fact the subsidy needs is unknown (e.g. 规上 not reported): neither granted nor refused (待核实)
 */
public record SubsidyResult(
        SubsidyProgramme programme,
        boolean eligible,
        BigDecimal amount,
        boolean provisional,
        String basis,
        String basisEn,
        boolean undetermined) {
}
