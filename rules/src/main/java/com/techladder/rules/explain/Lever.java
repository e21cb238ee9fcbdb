package com.techladder.rules.explain;

/**
 * What an enterprise can grow to raise a ratio a criterion judges, named in {@link ProgrammeSheet#ratioGap}'s gap:
 * the numerator, its unit, and whether growing it grows the denominator too (hiring technology staff grows the
 * workforce). Its words are sheet texts (texts/names.yaml, "sheet").
 */
public enum Lever {
    /** Technology staff, in the share of technology staff among all employees. */
    TECH_STAFF(Unit.PERSONS, true, SheetText.LEVER_TECH_STAFF, SheetText.RATIO_TECH_STAFF),
    /** R&D expense of the latest year, in its share of sales revenue. */
    RD_EXPENSE(Unit.WAN, false, SheetText.LEVER_RD_EXPENSE, SheetText.RATIO_RD_SALES),
    /** R&D expense over the three-year window, in its share of the window's revenue. */
    RD_WINDOW(Unit.WAN, false, SheetText.LEVER_RD_WINDOW, SheetText.RATIO_RD),
    /** High-tech revenue, in its share of total income. */
    HITECH_REVENUE(Unit.WAN, true, SheetText.LEVER_HITECH_REVENUE, SheetText.RATIO_HITECH);

    final Unit unit;
    final boolean inDenominator;
    final SheetText name;
    final SheetText ratio;

    Lever(Unit unit, boolean inDenominator, SheetText name, SheetText ratio) {
        this.unit = unit;
        this.inDenominator = inDenominator;
        this.name = name;
        this.ratio = ratio;
    }
}
