package com.techladder.registry.plan;

import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.model.RecordBounds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The plan's notion of "today": the date in Fuzhou, whatever zone the server runs in (a UTC host is 8 hours behind). */
final class PlanCalendar {

    static final ZoneId FUZHOU = ZoneId.of("Asia/Shanghai");

    private PlanCalendar() {
    }

    static LocalDate today() {
        return LocalDate.now(FUZHOU);
    }

    /** {@code asOf} when the caller gave one (within the record contract's dates, else a 400 naming it), else today. */
    static LocalDate dayOr(LocalDate asOf) {
        if (asOf != null && !RecordBounds.dateInRange(asOf)) {
            throw new ValidationProblemException(List.of(FieldProblem.coded("asOf", "api.plan.dateRange",
                    RecordBounds.EARLIEST_DATE, RecordBounds.LATEST_DATE)));
        }
        return asOf == null ? today() : asOf;
    }
}
