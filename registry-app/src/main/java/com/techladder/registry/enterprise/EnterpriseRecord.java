package com.techladder.registry.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The registry record of one enterprise, as {@code GET /api/v1/enterprises/{uscc}} returns it.
 *
 * @param district GB/T 2260 code; null when the enterprise is known only from a certificate list
 * @param districtName the division's Chinese name
 * @param profileFiscalYear the fiscal year the enterprise-level columns were taken from (the newest imported)
 * @param years one entry per fiscal year, oldest first, every column of the enterprises CSV in camelCase; a null value
 *     is a missing cell, never zero
 */
public record EnterpriseRecord(
        String uscc,
        String name,
        String district,
        String districtName,
        Boolean inHitechZone,
        LocalDate establishedOn,
        Integer profileFiscalYear,
        List<Map<String, Object>> years,
        List<Certificate> certificates) {

    /**
     * An entry of an official list.
     *
     * @param validUntil the effective end of validity: as listed, or the contract's default (null = open-ended)
     * @param validUntilAsListed the date printed on the list, null when the list gave none
     * @param nameOnList the enterprise name as the list spells it
     */
    public record Certificate(
            String programme,
            String certificateNo,
            LocalDate issuedOn,
            LocalDate validUntil,
            LocalDate validUntilAsListed,
            boolean revoked,
            LocalDate revokedOn,
            String batch,
            String nameOnList) {
    }
}
