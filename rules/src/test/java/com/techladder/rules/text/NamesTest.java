package com.techladder.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.rules.explain.Unit;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** The rules' names and unit texts come from texts/names.yaml, both languages for every constant. */
class NamesTest {

    @Test
    void everyConstantHasItsNamesInBothLanguages() {
        assertThat(Programme.NATIONAL_HTE.nameZh()).isEqualTo("国家高新技术企业");
        assertThat(Programme.NATIONAL_HTE.nameEn()).isEqualTo("National high-tech enterprise");
        assertThat(SubsidyProgramme.RD_GROWTH_GRANT.nameZh()).isEqualTo("研发投入增量奖补");
        assertThat(TechField.ADVANCED_MANUFACTURING.nameEn()).isEqualTo("Advanced manufacturing and automation");
        assertThat(TechField.parse("新材料")).contains(TechField.NEW_MATERIALS);
        assertThat(Unit.WAN.format(12.5)).isEqualTo("12.5 万元");
        assertThat(Unit.WAN.formatEn(12.5)).isEqualTo("12.5 ×10k CNY");
    }

    @Test
    void aProgrammeIsReadByItsCodeItsNameOrAnotherSpellingOfCertificateLists() {
        assertThat(Programme.parse("tech_sme")).isEqualTo(Programme.TECH_SME);
        assertThat(Programme.parse("省级高新技术企业")).isEqualTo(Programme.PROVINCIAL_HTE);
        assertThat(Programme.parse(" 高新技术企业 ")).isEqualTo(Programme.NATIONAL_HTE);
        assertThat(Programme.parse("国家级高新技术企业")).isEqualTo(Programme.NATIONAL_HTE);
        assertThat(Programme.parse("科技小巨人领军企业")).isEqualTo(Programme.LITTLE_GIANT);
        assertThatThrownBy(() -> Programme.parse("小巨人")).hasMessageContaining("unknown programme");
    }

    @Test
    void aConstantWithoutItsEnglishNameIsRefusedNamingIt() {
        var root = new ObjectMapper(new YAMLFactory()).readTree("""
                subsidies:
                  RD_SEGMENTED_GRANT: {zh: "研发经费投入分段补助", en: "Segmented R&D grant"}
                  RD_GROWTH_GRANT: {zh: "研发投入增量奖补"}
                """);
        assertThatThrownBy(() -> Names.of(root, "subsidies", SubsidyProgramme.values()))
                .hasMessageContaining("subsidies.RD_GROWTH_GRANT").hasMessageContaining("'en'");
    }

    /** Texts as a sheet declares them: the languages results hold each in, the placeholders it may use. */
    private enum Sheet implements Template.Declared {
        YES, ONE_STRIKE, REAPPLY_OFF_LIST;

        @Override
        public List<String> languages() {
            return this == YES ? List.of("zh") : List.of("zh", "en");
        }

        @Override
        public List<String> placeholders() {
            return this == ONE_STRIKE ? List.of("when") : List.of();
        }
    }

    private static final String SHEET = """
            sheet:
              YES: {zh: "是"}
              ONE_STRIKE: {zh: "一票否决: {when}", en: "One strike: {when}"}
              REAPPLY_OFF_LIST: {zh: "移出严重违法失信名单后方可重新申请", en: "only once removed from the list"}
            """;

    private static Template[][] load(String yaml) {
        return Names.templates(new ObjectMapper(new YAMLFactory()).readTree(yaml), "sheet", Sheet.values());
    }

    @Test
    void aSheetTextIsFilledWithTheValuesItsConstantDeclaresInEachLanguageResultsHoldItIn() {
        Template[][] texts = load(SHEET);
        assertThat(texts[Sheet.YES.ordinal()]).hasSize(1);
        assertThat(texts[Sheet.YES.ordinal()][0].fill()).isEqualTo("是");
        assertThat(texts[Sheet.ONE_STRIKE.ordinal()][0].fill("可于 2027 年起重新申请")).isEqualTo("一票否决: 可于 2027 年起重新申请");
        assertThat(texts[Sheet.ONE_STRIKE.ordinal()][1].fill("may apply again from 2027"))
                .isEqualTo("One strike: may apply again from 2027");
    }

    @Test
    void aGapTextWithoutItsEnglishIsRefusedNamingIt() {
        assertThatThrownBy(() -> load(SHEET.replace(", en: \"One strike: {when}\"", "")))
                .hasMessageContaining("sheet.ONE_STRIKE").hasMessageContaining("'en'");
    }

    @Test
    void aValueShownWithoutItsChineseIsRefusedNamingIt() {
        assertThatThrownBy(() -> load(SHEET.replace("YES: {zh: \"是\"}", "YES: {en: \"yes\"}")))
                .hasMessageContaining("sheet.YES").hasMessageContaining("'zh'");
    }

    @Test
    void aTextUsingAPlaceholderItsConstantDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> load(SHEET.replace("One strike: {when}", "One strike until {year}")))
                .hasMessageContaining("sheet.ONE_STRIKE 'en'").hasMessageContaining("{year}");
    }
}
