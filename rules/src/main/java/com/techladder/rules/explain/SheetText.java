package com.techladder.rules.explain;

import com.techladder.rules.text.Names;
import com.techladder.rules.text.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a programme's sheet words itself, and what its rules word about an enterprise (gaps, values and requirements
 * they work out): texts/names.yaml, "sheet". Each constant declares its languages (as results hold the text) and its
 * placeholders, in the order {@link #of}, {@link #zh} and {@link #en} take their values; {@code name:unit} shows a
 * number with its {@link Unit} ("12 人", "12 persons"), and an unknown one (null) as "—". A rule passes the values
 * ({@code $s.gap(Criterion.X, SheetText.Y, max, pass)}); the text is filled when the result is read.
 */
public enum SheetText implements Template.Declared {
    // a criterion's value or requirement, zh-CN as results hold them
    YES(Held.ZH),
    NO(Held.ZH),
    /** The value of an item an expert scores, before the expert has. */
    EXPERT_PENDING(Held.ZH),
    /** The requirement of an item an expert scores: the most points it can give. */
    EXPERT_REQUIREMENT(Held.ZH, "points"),
    /** The requirement of a scored item already in its best band. */
    TOP_BAND(Held.ZH),
    /** A score, exact or as the range the data leave open, and what a programme requires of it. */
    SCORE(Held.ZH, "score"),
    SCORE_RANGE(Held.ZH, "min", "max"),
    AT_LEAST_POINTS(Held.ZH, "points"),
    ABOVE_POINTS(Held.ZH, "points"),
    /** The version of a programme's criteria an assessment year uses (a parameter's text). */
    TECH_SME_WORDING(Held.ZH, "version"),
    LITTLE_GIANT_CRITERIA_VERSION(Held.ZH, "version"),
    /** 科小 研发投入: the one basis reported, when the other might score higher. */
    TECH_SME_RD_BY_COST(Held.ZH, "ratio:percent"),
    TECH_SME_RD_BY_SALES(Held.ZH, "ratio:percent"),
    /** The Ⅱ类 rights of a firm whose Ⅰ类 count leaves its IP score open. */
    IP_CLASS2(Held.ZH, "count:items"),
    /** 小巨人 中小企业: employees and revenue, each under its limit (either suffices). */
    LITTLE_GIANT_SME_VALUE(Held.ZH, "employees:persons", "revenue:wan"),
    LITTLE_GIANT_SME_REQUIRED(Held.ZH, "employees:persons", "revenue:wan"),
    /** 小巨人 研发投入 when the industry is not reported: the general and the software industry's share. */
    LITTLE_GIANT_RD_RATIO_REQUIRED(Held.ZH, "general:percent", "software:percent"),
    /** Registered before 1 January of {@code year}. */
    BEFORE_YEAR(Held.ZH, "year"),

    // a gap, zh-CN and English as results hold them
    /** A condition not met, in its own terms. */
    NOT_MET(Held.BOTH, "description", "actual", "required"),
    /** A condition still unknown: the data that would settle it. */
    TO_VERIFY(Held.BOTH, "description"),
    /** A one-strike bar, and when it lifts ({@code when}: one of the REAPPLY texts, also the criterion's value). */
    ONE_STRIKE(Held.BOTH, "when"),
    REAPPLY_FROM(Held.BOTH, "year"),
    REAPPLY_OFF_LIST(Held.BOTH),
    REAPPLY_FROM_AND_OFF_LIST(Held.BOTH, "year"),
    /** How much of a lever (the numerator of a ratio) is missing to reach the next requirement, and what it gains. */
    MORE_OF_LEVER(Held.BOTH, "lever", "more", "ratio", "now", "target", "gain"),
    /** The levers and their ratios ({@link Lever}). */
    LEVER_TECH_STAFF(Held.BOTH),
    LEVER_RD_EXPENSE(Held.BOTH),
    LEVER_RD_WINDOW(Held.BOTH),
    LEVER_HITECH_REVENUE(Held.BOTH),
    RATIO_TECH_STAFF(Held.BOTH),
    RATIO_RD_SALES(Held.BOTH),
    RATIO_RD(Held.BOTH),
    RATIO_HITECH(Held.BOTH),
    /** What reaching a lever's target gains: points, or a condition met. */
    GAIN_POINTS(Held.BOTH, "points"),
    MEETS_CONDITION_4(Held.BOTH),
    MEETS_CONDITION_5(Held.BOTH),
    MEETS_CONDITION_6(Held.BOTH),
    MEETS_CRITERION(Held.BOTH),
    MEETS_PROVISIONAL_CONDITION(Held.BOTH),
    /** A programme's own gaps: before it is in force, without the figures of the year before. */
    TECH_SME_NOT_IN_FORCE(Held.BOTH),
    TECH_SME_FIGURES(Held.BOTH, "year"),
    NATIONAL_HTE_NOT_IN_FORCE(Held.BOTH),
    NATIONAL_HTE_FIGURES(Held.BOTH, "year"),
    PROVINCIAL_HTE_NOT_IN_FORCE(Held.BOTH),
    LITTLE_GIANT_NOT_IN_FORCE(Held.BOTH),
    /** 科小 科技成果: what one Ⅰ类 right, or more Ⅱ类 rights, would add. */
    TECH_SME_IP_CLASS1_GAIN(Held.BOTH, "points"),
    TECH_SME_IP_CLASS2_MORE(Held.BOTH, "more:items", "now", "target", "points"),
    /** 科小 综合评价: the staff item scores nothing, the score falls short, a direct path is not reported. */
    TECH_SME_STAFF_SCORE_ZERO(Held.BOTH),
    TECH_SME_SCORE_SHORT(Held.BOTH, "score", "pass", "short"),
    TECH_SME_PATH_UNREPORTED(Held.BOTH),
    /** 高企 创新能力评价: the range straddles the pass mark, or its top falls short. */
    NATIONAL_HTE_SCORE_STRADDLES(Held.BOTH, "min", "max", "pass"),
    NATIONAL_HTE_SCORE_SHORT(Held.BOTH, "max", "pass", "short");

    /** The languages a result holds a text in. */
    private static final class Held {
        static final List<String> ZH = List.of("zh");
        static final List<String> BOTH = List.of("zh", "en");
    }

    private static final Template[][] TEXTS = Names.templates("sheet", values());
    private static final String UNKNOWN = "—";

    private final List<String> languages;
    private final List<String> placeholders;
    /** Per placeholder, the unit its number is shown with, else null; null when none has one. */
    private final Unit[] units;
    /** The phrase of a text without placeholders: one for all enterprises. */
    private final Phrase fixed;

    SheetText(List<String> languages, String... placeholders) {
        this.languages = languages;
        List<String> names = new ArrayList<>();
        Unit[] shownIn = new Unit[placeholders.length];
        boolean anyUnit = false;
        for (int i = 0; i < placeholders.length; i++) {
            int colon = placeholders[i].indexOf(':');
            names.add(colon < 0 ? placeholders[i] : placeholders[i].substring(0, colon));
            if (colon >= 0) {
                shownIn[i] = Unit.valueOf(placeholders[i].substring(colon + 1).toUpperCase(Locale.ROOT));
                anyUnit = true;
            }
        }
        this.placeholders = List.copyOf(names);
        this.units = anyUnit ? shownIn : null;
        this.fixed = placeholders.length == 0 ? new Phrase(this, placeholders) : null;
    }

    @Override
    public List<String> languages() {
        return languages;
    }

    @Override
    public List<String> placeholders() {
        return placeholders;
    }

    /** This text with {@code values} for its placeholders, in their declared order: filled when it is read. */
    public Phrase of(Object... values) {
        return fixed != null && values.length == 0 ? fixed : new Phrase(this, values);
    }

    String zh(Object... values) {
        return TEXTS[ordinal()][0].fill(shown(values, false));
    }

    String en(Object... values) {
        return TEXTS[ordinal()][1].fill(shown(values, true));
    }

    /** The values as the text shows them: numbers with their unit, phrases in the language. */
    private Object[] shown(Object[] values, boolean english) {
        Object[] shown = values;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            Unit u = units == null || i >= units.length ? null : units[i];
            Object s = v instanceof Phrase p ? (english ? p.en() : p.zh())
                    : u == null ? v
                    : v == null ? UNKNOWN
                    : english ? u.formatEn(((Number) v).doubleValue()) : u.format(((Number) v).doubleValue());
            if (s != v) {
                if (shown == values) {
                    shown = values.clone();
                }
                shown[i] = s;
            }
        }
        return shown;
    }

    /** A sheet text with the values of its placeholders, worded only when a result is read. */
    public static final class Phrase {
        private final SheetText text;
        private final Object[] values;

        private Phrase(SheetText text, Object[] values) {
            if (values.length != text.placeholders.size()) {
                throw new IllegalArgumentException(text + " takes " + text.placeholders + ", not " + values.length
                        + " values");
            }
            this.text = text;
            this.values = values;
        }

        String zh() {
            return text.zh(values);
        }

        String en() {
            return text.en(values);
        }
    }
}
