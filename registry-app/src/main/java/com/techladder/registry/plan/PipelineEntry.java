package com.techladder.registry.plan;

/**
 * An enterprise assessed ELIGIBLE or NEEDS_REVIEW for 国家高企 in the latest completed run that holds no valid national
 * certificate: the next in line.
 *
 * @param openCriteria 国家高企 criteria not yet MET (NOT_MET or UNKNOWN) in the run's result; null when unreadable
 * @param provincialHte holds a valid 省级高企 entry (the rung below)
 */
record PipelineEntry(int rank, String uscc, String name, String district, String districtName,
                     boolean inHitechZone, String nationalHteOutcome, Integer scoreMin, Integer scoreMax,
                     Integer openCriteria, String eligibleTier, String certifiedTier, boolean provincialHte) {

    PipelineEntry ranked(int position) {
        return new PipelineEntry(position, uscc, name, district, districtName, inHitechZone, nationalHteOutcome,
                scoreMin, scoreMax, openCriteria, eligibleTier, certifiedTier, provincialHte);
    }
}
