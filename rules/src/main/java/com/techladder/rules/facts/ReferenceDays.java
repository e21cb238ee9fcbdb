package com.techladder.rules.facts;

import com.techladder.rules.model.Programme;
import com.techladder.rules.parameter.YearParameters;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The day each programme's day-dependent criteria are judged on (参照日): the assessment day clamped into the
 * programme's yearly evaluation window ({@code <programme>.evaluation_opens} / {@code evaluation_closes}, "MM-DD").
 * A certificate "valid" or a firm "registered one year" is a fact of the day the application is made, not of 31 December:
 * a nightly run in December, or a self-check today for last year, takes the window's last day. Without a recorded
 * assessment day (an old run) the window's last day applies; without a window (a programme that has none, or the
 * parameters of an old run) the window is the whole assessment year.
 */
public final class ReferenceDays {

    private final LocalDate assessmentDay;
    private final Map<Programme, LocalDate> days = new EnumMap<>(Programme.class);

    private ReferenceDays(LocalDate assessmentDay) {
        this.assessmentDay = assessmentDay;
    }

    /** The reference days of assessment year {@code params.year()} for an assessment made on {@code assessmentDay} (null: not recorded). */
    public static ReferenceDays of(YearParameters params, LocalDate assessmentDay) {
        ReferenceDays r = new ReferenceDays(assessmentDay);
        for (Programme p : Programme.values()) {
            String prefix = p.name().toLowerCase(Locale.ROOT);
            LocalDate opens = day(params, prefix + ".evaluation_opens", MonthDay.of(1, 1));
            LocalDate closes = day(params, prefix + ".evaluation_closes", MonthDay.of(12, 31));
            r.days.put(p, clamp(assessmentDay, opens, closes));
        }
        return r;
    }

    private static LocalDate day(YearParameters params, String key, MonthDay fallback) {
        MonthDay md = params.has(key) ? MonthDay.parse("--" + params.text(key)) : fallback;
        return md.atYear(params.year());
    }

    private static LocalDate clamp(LocalDate day, LocalDate opens, LocalDate closes) {
        if (day == null || day.isAfter(closes)) {
            return closes;
        }
        return day.isBefore(opens) ? opens : day;
    }

    /** The day the assessment was made, null when not recorded (then every reference day is its window's last day). */
    public LocalDate assessmentDay() {
        return assessmentDay;
    }

    /** The day {@code programme}'s day-dependent criteria are judged on. */
    public LocalDate of(Programme programme) {
        return days.get(programme);
    }
}
