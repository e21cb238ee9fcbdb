package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsccFactoryTest {

    @Test
    void organisationCheckCharactersMatchKnownCodes() {
        // subject codes of real, published USCCs (docs/policy/identifiers.md)
        assertThat(UsccFactory.organisationCheck("M000100Y".toCharArray())).isEqualTo('4');
        assertThat(UsccFactory.organisationCheck("MA2N0ABG".toCharArray())).isEqualTo('X');
        assertThat(UsccFactory.organisationCheck("77158328".toCharArray())).isEqualTo('3');
    }

    @Test
    void twoHundredThousandIndicesGiveValidDistinctCodesInBothShapes() {
        UsccFactory factory = new UsccFactory(42);
        Set<String> codes = new HashSet<>();
        for (long index = 0; index < 100_000; index++) {
            codes.add(factory.uscc("350102", index, true));
            codes.add(factory.uscc("350102", index + 100_000, false));
        }
        assertThat(codes).hasSize(200_000).allMatch(ContractRowCheck::validUscc);
        assertThat(codes).anyMatch(code -> code.startsWith("91350102MA"))
                .anyMatch(code -> Character.isDigit(code.charAt(8)));
    }

    @Test
    void theSeedChangesTheCodes() {
        assertThat(new UsccFactory(1).uscc("350100", 7, true)).isNotEqualTo(new UsccFactory(2).uscc("350100", 7, true));
    }
}
