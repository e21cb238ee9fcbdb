package com.techladder.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 (GB 32100-2015, docs/policy/identifiers.md). */
class UsccTest {

    @Test
    void theFuzhouTestVectorIsValid() {
        assertThat(Uscc.isValid("91350100M000100Y43")).isTrue();
        assertThat(Uscc.problem("91350100M000100Y43")).isEmpty();
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void changingTheCheckCharacterTo4MakesItInvalid() {
        assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
        assertThat(Uscc.problem("91350100M000100Y44")).hasValue(new Uscc.Problem(Uscc.CHECK, List.of("3", "4")));
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreNormalisedFirst() {
        assertThat(Uscc.isValid("  91350100m000100y43 ")).isTrue();
    }

    @ParameterizedTest(name = "letter {0} is outside the 31-symbol charset")
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void lettersIOSVZAreNotAllowed(String letter) {
        String code = "91350100M000100" + letter + "43";
        assertThat(Uscc.problem(code)).hasValue(new Uscc.Problem(Uscc.CHARACTER, List.of(16, letter)));
    }

    @Test
    void positionsThreeToEightMustBeDigits() {
        assertThat(Uscc.problem("9135A100M000100Y43")).hasValue(new Uscc.Problem(Uscc.DIVISION, List.of(5, "A")));
    }

    @Test
    void lengthMustBeEighteen() {
        assertThat(Uscc.problem("91350100M000100Y4")).hasValue(new Uscc.Problem(Uscc.LENGTH, List.of(17)));
        assertThat(Uscc.problem("")).hasValue(new Uscc.Problem(Uscc.EMPTY, List.of()));
        assertThat(Uscc.problem(null)).hasValue(new Uscc.Problem(Uscc.EMPTY, List.of()));
    }

    @Test
    void aCheckCharacterIsComputedForAnyValidPrefix() {
        String prefix = "91350102MA2N0ABGX".substring(0, 17);
        char check = Uscc.checkCharacter(prefix);
        assertThat(Uscc.isValid(prefix + check)).isTrue();
        assertThatThrownBy(() -> Uscc.checkCharacter("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
