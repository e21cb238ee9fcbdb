package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.techladder.batch.importing.RegistryVersion;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dashboard's figures are computed once per registry version, and never served for an older registry. */
class RegistryMemoTest {

    private final RegistryVersion version = mock(RegistryVersion.class);
    private final RegistryMemo memo = new RegistryMemo(version);
    private final AtomicInteger computations = new AtomicInteger();

    private Integer figure() {
        return computations.incrementAndGet();
    }

    @Test
    void aFigureIsComputedOnceWhileTheRegistryIsUnchanged() {
        when(version.current()).thenReturn(7L);

        assertThat(memo.get(List.of("yearEnds", 2021, 2025), this::figure)).isEqualTo(1);
        assertThat(memo.get(List.of("yearEnds", 2021, 2025), this::figure)).isEqualTo(1);
        assertThat(memo.get(List.of("yearEnds", 2024, 2024), this::figure)).isEqualTo(2);
        assertThat(computations).hasValue(2);
    }

    @Test
    void anImportMergeOnAnyInstanceMakesEveryFigureBeComputedAgain() {
        when(version.current()).thenReturn(7L, 8L);

        assertThat(memo.get(List.of("techFields", 2025), this::figure)).isEqualTo(1);
        assertThat(memo.get(List.of("techFields", 2025), this::figure)).isEqualTo(2);
        assertThat(memo.rememberedVersion()).isEqualTo(8L);
    }

    @Test
    void aRequestThatReadAnOlderVersionIsAnsweredFreshAndForgotten() {
        when(version.current()).thenReturn(8L, 7L, 8L);

        memo.get(List.of("nationalCertified"), this::figure);
        assertThat(memo.get(List.of("nationalCertified"), this::figure)).isEqualTo(2);
        assertThat(memo.get(List.of("nationalCertified"), this::figure)).isEqualTo(1);
        assertThat(memo.rememberedVersion()).isEqualTo(8L);
    }

    @Test
    void figuresBeyondTheDashboardsFewAreComputedButNotRemembered() {
        when(version.current()).thenReturn(7L);
        for (int i = 0; i < RegistryMemo.MAX_ENTRIES; i++) {
            memo.get(List.of("pipeline", i), this::figure);
        }

        memo.get(List.of("pipeline", -1), this::figure);
        memo.get(List.of("pipeline", -1), this::figure);

        assertThat(computations).hasValue(RegistryMemo.MAX_ENTRIES + 2);
    }

    @Test
    void aFailedComputationIsNotRemembered() {
        when(version.current()).thenReturn(7L);

        try {
            memo.get(List.of("yearEnds", 2021, 2025), () -> {
                throw new IllegalStateException("database gone");
            });
        } catch (IllegalStateException expected) {
            // the reader gets the failure; the next reader computes again
        }

        assertThat(memo.get(List.of("yearEnds", 2021, 2025), this::figure)).isEqualTo(1);
    }
}
