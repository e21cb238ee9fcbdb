package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import java.time.LocalDate;

/** One generated enterprise: identity, enterprise-level columns and its accounting years (oldest first). */
final class SyntheticEnterprise {

    final long index;
    final Archetype archetype;
    final Traits traits;
    final String uscc;
    final String name;
    final FuzhouDivision district;
    /** The file names the district by its Chinese name rather than its code (both are accepted). */
    final boolean districtByName;
    /** null = not reported. */
    final Boolean inHitechZone;
    final LocalDate establishedOn;
    final YearFigures[] years;

    SyntheticEnterprise(long index, Archetype archetype, Traits traits, String uscc, String name,
            FuzhouDivision district, boolean districtByName, Boolean inHitechZone, LocalDate establishedOn,
            YearFigures[] years) {
        this.index = index;
        this.archetype = archetype;
        this.traits = traits;
        this.uscc = uscc;
        this.name = name;
        this.district = district;
        this.districtByName = districtByName;
        this.inHitechZone = inHitechZone;
        this.establishedOn = establishedOn;
        this.years = years;
    }
}
