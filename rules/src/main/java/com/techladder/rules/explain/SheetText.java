package com.techladder.rules.explain;

import com.techladder.rules.text.Names;
import com.techladder.rules.text.Template;
import java.util.List;

/**
 * What a programme's sheet words itself: texts/names.yaml, "sheet". Each constant declares its languages (as results
 * hold the text) and its placeholders, in the order {@link #zh} and {@link #en} take their values.
 */
enum SheetText implements Template.Declared {
    // a criterion's value or requirement, zh-CN as results hold them
    YES(Held.ZH),
    NO(Held.ZH),
    /** The value of an item an expert scores, before the expert has. */
    EXPERT_PENDING(Held.ZH),
    /** The requirement of an item an expert scores: the most points it can give. */
    EXPERT_REQUIREMENT(Held.ZH, "points"),
    /** The requirement of a scored item already in its best band. */
    TOP_BAND(Held.ZH),

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
    MORE_OF_LEVER(Held.BOTH, "lever", "more", "ratio", "now", "target", "gain");

    /** The languages a result holds a text in. */
    private static final class Held {
        static final List<String> ZH = List.of("zh");
        static final List<String> BOTH = List.of("zh", "en");
    }

    private static final Template[][] TEXTS = Names.templates("sheet", values());

    private final List<String> languages;
    private final List<String> placeholders;

    SheetText(List<String> languages, String... placeholders) {
        this.languages = languages;
        this.placeholders = List.of(placeholders);
    }

    @Override
    public List<String> languages() {
        return languages;
    }

    @Override
    public List<String> placeholders() {
        return placeholders;
    }

    String zh(Object... values) {
        return TEXTS[ordinal()][0].fill(values);
    }

    String en(Object... values) {
        return TEXTS[ordinal()][1].fill(values);
    }
}
