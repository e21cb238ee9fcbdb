package com.techladder.rules.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text of {@code texts/names.yaml} with {@code {placeholders}}, filled in one pass with the values its constant
 * declares, in their order: "一票否决: {when}" filled with "可于 2027 年起重新申请". Parsed once on loading, where a
 * placeholder its constant does not declare stops the load.
 */
public final class Template {

    /** A constant with texts: it declares their languages, and their placeholders in the order its values are passed. */
    public interface Declared {
        /** {@code zh}, or {@code zh} and {@code en} for a text results hold in both. */
        List<String> languages();

        List<String> placeholders();
    }

    /** The literal pieces, one more than the slots: text, slot, text, slot … text. */
    private final String[] pieces;
    /** Per slot, the index of the value that fills it. */
    private final int[] slots;

    private Template(String[] pieces, int[] slots) {
        this.pieces = pieces;
        this.slots = slots;
    }

    /** {@code text} with its placeholders, each of which must be one of {@code declared}; {@code name} for errors. */
    static Template parse(String text, List<String> declared, String name) {
        List<String> pieces = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int from = 0;
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String placeholder = text.substring(open + 1, close);
            int slot = declared.indexOf(placeholder);
            if (slot < 0) {
                throw new IllegalStateException(Names.FILE + ": " + name + " uses {" + placeholder
                        + "}, which is not among its placeholders " + declared);
            }
            pieces.add(text.substring(from, open));
            slots.add(slot);
            from = close + 1;
            open = text.indexOf('{', from);
        }
        pieces.add(text.substring(from));
        return new Template(pieces.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The text with {@code values} in the declared order; a null value shows as "null", as concatenation did. Joined
     * rather than appended: the join sizes the text once, where a builder grows and widens for the first Chinese
     * character, and results are filled on reading, for every result a batch stores.
     */
    public String fill(Object... values) {
        if (slots.length == 0) {
            return pieces[0];
        }
        String[] parts = new String[pieces.length + slots.length];
        parts[0] = pieces[0];
        for (int i = 0; i < slots.length; i++) {
            parts[2 * i + 1] = String.valueOf(values[slots[i]]);
            parts[2 * i + 2] = pieces[i + 1];
        }
        return String.join("", parts);
    }
}
