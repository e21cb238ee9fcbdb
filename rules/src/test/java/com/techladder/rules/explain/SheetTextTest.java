package com.techladder.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rule passes values and a text id; the sheet words them, in both languages, only when a result is read. */
class SheetTextTest {

    @Test
    void aScoreShortOfThePassMarkIsWordedFromTheValuesTheRuleGave() {
        assertThat(SheetText.TECH_SME_SCORE_SHORT.zh(55, 60, 5)).isEqualTo("综合评价得分 55 分，须不低于 60 分 (还差 5 分)");
        assertThat(SheetText.TECH_SME_SCORE_SHORT.en(55, 60, 5)).isEqualTo("Score 55, at least 60 needed (5 short)");
    }

    @Test
    void aNumberDeclaredWithAUnitIsShownInItsLanguagesUnit() {
        assertThat(SheetText.TECH_SME_IP_CLASS2_MORE.zh(3, 2, 5, 4)).isEqualTo("Ⅱ类知识产权需再增加 3 件 (2 → 5 件) 可得 +4 分");
        assertThat(SheetText.TECH_SME_IP_CLASS2_MORE.en(3, 2, 5, 4)).isEqualTo("Class II IP must grow by 3 items for +4 points");
        assertThat(SheetText.TECH_SME_RD_BY_SALES.of(0.035).zh()).isEqualTo("销售收入口径 3.5%");
    }

    @Test
    void anUnknownFigureShowsAsADash() {
        assertThat(SheetText.LITTLE_GIANT_SME_VALUE.of(120, null).zh()).isEqualTo("120 人，—");
    }

    @Test
    void whatALeverGainsIsWordedInTheLanguageOfTheGap() {
        SheetText.Phrase gain = SheetText.GAIN_POINTS.of(10);
        assertThat(gain.zh()).isEqualTo("可得 +10 分");
        assertThat(gain.en()).isEqualTo("for +10 points");
    }

    @Test
    void aPhraseWithoutTheValuesItsTextDeclaresIsRefusedWhenTheRuleFires() {
        assertThatThrownBy(() -> SheetText.TECH_SME_SCORE_SHORT.of(55))
                .hasMessageContaining("TECH_SME_SCORE_SHORT").hasMessageContaining("[score, pass, short]");
    }
}
