package com.techladder.rules.explain;

/**
 * How a rule's name for a catalogue entry splits: {@code TECH_SME_EMPLOYEES} is entry {@code EMPLOYEES} of the file of
 * {@code TECH_SME}; {@link Criterion} and {@link SubsidyCriterion} are named so.
 *
 * @param owner the programme or subsidy whose name prefixes the constant's (the longest that does), null if none
 * @param entry the rest: the entry's name in its owner's file
 */
record EntryName<O extends Enum<O>>(O owner, String entry) {

    static <O extends Enum<O>> EntryName<O> of(String constant, O[] owners) {
        O owner = null;
        for (O o : owners) {
            if (constant.startsWith(o.name() + "_") && (owner == null || o.name().length() > owner.name().length())) {
                owner = o;
            }
        }
        return new EntryName<>(owner, owner == null ? constant : constant.substring(owner.name().length() + 1));
    }
}
