package com.techladder.rules.facts;

import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where and since when the enterprise is registered, and how long it has been on each reference day. */
public final class Registration {

    private final Enterprise enterprise;
    private final LocalDate establishedOn;
    private final Long ageDays;
    private final Long provincialHteAgeDays;
    private final Boolean inHitechZone;

    public Registration(Enterprise enterprise, EnterpriseProfile profile, ReferenceDays days) {
        this.enterprise = enterprise;
        establishedOn = profile.establishedOn();
        ageDays = daysRegistered(establishedOn, days.of(Programme.NATIONAL_HTE));
        provincialHteAgeDays = daysRegistered(establishedOn, days.of(Programme.PROVINCIAL_HTE));
        inHitechZone = profile.inHitechZone();
    }

    /** Days registered on {@code day}, counting both ends; null when the registration day is unknown. */
    private static Long daysRegistered(LocalDate established, LocalDate day) {
        return established == null ? null : ChronoUnit.DAYS.between(established, day) + 1;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    /** 注册成立日期; null when unknown. */
    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    /** Days registered on the 国家高企 reference day, counting both ends (条件1 "申请认定时"). */
    public Long getAgeDays() {
        return ageDays;
    }

    /** Days registered on the 省高企 reference day, counting both ends (在闽注册成立满一年以上). */
    public Long getProvincialHteAgeDays() {
        return provincialHteAgeDays;
    }

    /** Registered in the 福州高新区. */
    public Boolean getInHitechZone() {
        return inHitechZone;
    }
}
