package com.techladder.registry.plan;

import java.time.LocalDate;
import java.time.ZoneId;

/** The plan's notion of "today": the date in Fuzhou, whatever zone the server runs in (a UTC host is 8 hours behind). */
final class PlanCalendar {

    static final ZoneId FUZHOU = ZoneId.of("Asia/Shanghai");

    private PlanCalendar() {
    }

    static LocalDate today() {
        return LocalDate.now(FUZHOU);
    }

    /** {@code asOf} when the caller gave one, else today. */
    static LocalDate dayOr(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }
}
