package com.techladder.sampledata;

import com.techladder.rules.identity.Uscc;

/**
 * Makes 统一社会信用代码 that are valid and unique without remembering any: the 9-character 主体标识码 is a bijection
 * of the enterprise's index, so a million codes cost no memory and never collide.
 *
 * <p>Firms registered since the 2015 reform carry an {@code MA…} subject code issued with the USCC; older firms
 * keep their numeric 8-digit 组织机构代码. The two shapes cannot meet (a letter versus a digit in front), and each
 * is an affine permutation of its code space, keyed by the seed.
 */
final class UsccFactory {

    /** Letters and digits allowed in a USCC; the subject code draws from the same set. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long MODERN_SPACE = 31L * 31 * 31 * 31 * 31 * 31;
    private static final long NUMERIC_SPACE = 100_000_000L;
    /** Multipliers coprime with the code spaces (not divisible by 31; odd and not ending in 5). */
    private static final long MODERN_STEP = 48_271L;
    private static final long NUMERIC_STEP = 7_777_777L;
    /** GB 11714 weights of the 8 body characters of an organisation code. */
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final long modernOffset;
    private final long numericOffset;

    UsccFactory(long seed) {
        this.modernOffset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, MODERN_SPACE);
        this.numericOffset = Math.floorMod(seed * 0xC2B2AE3D27D4EB4FL, NUMERIC_SPACE);
    }

    /**
     * @param registrationRegion 6-digit code of the registering authority (登记管理机关行政区划码)
     * @param index the enterprise's index; distinct indices give distinct codes (below 31⁶ and 10⁸)
     * @param registeredAfterReform whether the subject code is of the post-2015 {@code MA…} shape
     */
    String uscc(String registrationRegion, long index, boolean registeredAfterReform) {
        String subject = registeredAfterReform ? modernSubjectCode(index) : numericSubjectCode(index);
        String first17 = "91" + registrationRegion + subject;
        return first17 + Uscc.checkCharacter(first17);
    }

    private String modernSubjectCode(long index) {
        long value = Math.floorMod(index * MODERN_STEP + modernOffset, MODERN_SPACE);
        char[] body = new char[8];
        body[0] = 'M';
        body[1] = 'A';
        for (int i = 7; i >= 2; i--) {
            body[i] = ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(body) + organisationCheck(body);
    }

    private String numericSubjectCode(long index) {
        long value = Math.floorMod(index * NUMERIC_STEP + numericOffset, NUMERIC_SPACE);
        char[] body = new char[8];
        for (int i = 7; i >= 0; i--) {
            body[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(body) + organisationCheck(body);
    }

    /** GB 11714 check character: 11 − (Σ value × weight mod 11); 10 → X, 11 → 0. Letters count A=10 … Z=35. */
    static char organisationCheck(char[] body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body[i];
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return 'X';
        }
        return check == 11 ? '0' : (char) ('0' + check);
    }
}
