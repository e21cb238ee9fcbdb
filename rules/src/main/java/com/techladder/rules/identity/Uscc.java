package com.techladder.rules.identity;

import java.util.List;
import java.util.Optional;

/**
 * 统一社会信用代码 check (GB 32100-2015, docs/policy/identifiers.md): 18 characters from {@code 0-9A-HJ-NPQRTUWXY},
 * positions 3–8 digits (登记管理机关行政区划码), position 18 the mod-31 check character.
 * The one place this rule lives; import and API both call it.
 */
public final class Uscc {

    /** The 31 symbols; a character's value is its index. No I, O, S, V, Z. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** W[i] = 3^(i-1) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** Upper-cases and trims, as the import contract does before checking. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /**
     * Why a text is not a USCC: the broken GB 32100-2015 rule as a code ({@code uscc.*}, a key of registry-app's
     * message bundles, which say it in the reader's language) and the values its message quotes.
     */
    public record Problem(String code, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    /** Nothing given. */
    public static final String EMPTY = "uscc.empty";
    /** Not 18 characters: args (the length). */
    public static final String LENGTH = "uscc.length";
    /** A character outside the 31 symbols: args (its position from 1, the character). */
    public static final String CHARACTER = "uscc.character";
    /** Positions 3–8 (the registering authority's division code) not all digits: args (the position, the character). */
    public static final String DIVISION = "uscc.division";
    /** The 18th character is not the check character: args (the expected character, the one given). */
    public static final String CHECK = "uscc.check";

    /** Why {@code raw} is not a valid USCC (the first broken rule), or empty when it is valid. */
    public static Optional<Problem> problem(String raw) {
        String code = normalise(raw);
        if (code == null || code.isEmpty()) {
            return Optional.of(new Problem(EMPTY, List.of()));
        }
        if (code.length() != 18) {
            return Optional.of(new Problem(LENGTH, List.of(code.length())));
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of(new Problem(CHARACTER, List.of(i + 1, String.valueOf(c))));
            }
            if (i >= 2 && i <= 7 && !Character.isDigit(c)) {
                return Optional.of(new Problem(DIVISION, List.of(i + 1, String.valueOf(c))));
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(new Problem(CHECK, List.of(String.valueOf(expected), String.valueOf(code.charAt(17)))));
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters (C18 = 31 − S mod 31, 31 → 0). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not in the USCC alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
