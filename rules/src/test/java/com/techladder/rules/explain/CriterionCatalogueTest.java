package com.techladder.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The catalogue refuses to load with a mistake a policy officer could make, and names the criterion. */
class CriterionCatalogueTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PARAMETERS = ParameterFiles.load().parameters().keySet();

    @Test
    void theShippedCatalogueHasAnEntryForEveryCriterionTheRulesName() {
        CriterionCatalogue catalogue = CriterionCatalogue.standard();
        for (Criterion c : Criterion.values()) {
            CriterionEntry e = catalogue.entry(c);
            assertThat(e.id()).as(c.name()).startsWith(c.programme().name() + ".");
            assertThat(PARAMETERS).as(c.name()).contains(e.parameter());
        }
    }

    @Test
    void aDatedWordingGovernsFromItsYear() {
        CriterionEntry industry = Criterion.TECH_SME_INDUSTRY.details();
        assertThat(industry.wording(2021).zh()).contains("禁止、限制和淘汰类");
        assertThat(industry.wording(2022).zh()).contains("负面清单");
    }

    @Test
    void everyEntryCitesTheClauseItComesFromDatedWhereTheClauseChanged() {
        for (Criterion c : Criterion.values()) {
            assertThat(c.details().clause(2016)).as(c.name()).isNotBlank();
        }
        assertThat(Criterion.TECH_SME_EMPLOYEES.details().clause(2024)).isEqualTo("国科发政〔2017〕115号 第六条(二)");
        assertThat(Criterion.TECH_SME_INDUSTRY.details().clause(2021)).isEqualTo("国科发政〔2017〕115号 第六条(三)");
        assertThat(Criterion.TECH_SME_INDUSTRY.details().clause(2022)).startsWith("国科火字〔2022〕67号 条件(三)");
        assertThat(Criterion.NATIONAL_HTE_DOMESTIC_RD_SHARE.details().clause(2024)).isEqualTo("国科发火〔2016〕32号 第十一条(五)");
    }

    @Test
    void aResultsIdGivesTheClauseOfItsYearAndAGapIdNone() {
        CriterionCatalogue catalogue = CriterionCatalogue.standard();
        assertThat(catalogue.clause("LITTLE_GIANT.REVENUE", 2020)).isEqualTo("闽政办〔2016〕18号 遴选条件");
        assertThat(catalogue.clause("LITTLE_GIANT.REVENUE", 2023)).isEqualTo("闽科企〔2023〕1号 遴选条件");
        assertThat(catalogue.clause("TECH_SME.RD_POINTS", 2024)).contains("二、研发投入指标");
        assertThat(catalogue.clause("TECH_SME.FIGURES", 2024)).isNull();
    }

    @Test
    void anEntryWithoutClauseIsRefusedNamingTheCriterion() {
        assertThatThrownBy(() -> parseWith(Programme.TECH_SME,
                criteria -> ((ObjectNode) criteria.get("EMPLOYEES")).remove("clause")))
                .hasMessageContaining("TECH_SME.EMPLOYEES").hasMessageContaining("missing 'clause'");
    }

    @Test
    void variantsOfOneReportedIdCitingDifferentClausesAreRefused() {
        assertThatThrownBy(() -> parseWith(Programme.NATIONAL_HTE,
                criteria -> ((ObjectNode) criteria.get("RD_RATIO_UNBANDED")).put("clause", "国科发火〔2016〕32号 第十一条(六)")))
                .hasMessageContaining("NATIONAL_HTE.RD_RATIO_UNBANDED").hasMessageContaining("reports as NATIONAL_HTE.RD_RATIO");
    }

    @Test
    void anUnknownParameterIsRefusedNamingTheCriterion() {
        assertThatThrownBy(() -> parseWith(Programme.TECH_SME,
                criteria -> ((ObjectNode) criteria.get("EMPLOYEES")).put("parameter", "tech_sme.max_employes")))
                .hasMessageContaining("TECH_SME.EMPLOYEES").hasMessageContaining("unknown parameter 'tech_sme.max_employes'");
    }

    @Test
    void aMissingTextIsRefusedNamingTheCriterion() {
        assertThatThrownBy(() -> parseWith(Programme.NATIONAL_HTE,
                criteria -> ((ObjectNode) criteria.get("IP")).remove("en")))
                .hasMessageContaining("NATIONAL_HTE.IP").hasMessageContaining("missing text 'en'");
    }

    @Test
    void aPlaceholderWithoutArgumentIsRefused() {
        assertThatThrownBy(() -> parseWith(Programme.LITTLE_GIANT,
                criteria -> ((ObjectNode) criteria.get("IP")).put("zh", "近 {years} 年内拥有自主知识产权")))
                .hasMessageContaining("LITTLE_GIANT.IP").hasMessageContaining("{years}");
    }

    @Test
    void aCriterionTheRulesNameWithoutEntryIsRefused() {
        assertThatThrownBy(() -> parseWith(Programme.PROVINCIAL_HTE, criteria -> ((ObjectNode) criteria).remove("AGE")))
                .hasMessageContaining("PROVINCIAL_HTE_AGE").hasMessageContaining("criteria/provincial-hte.yaml");
    }

    @Test
    void anEntryTheRulesDoNotKnowIsRefused() {
        assertThatThrownBy(() -> parseWith(Programme.TECH_SME,
                criteria -> ((ObjectNode) criteria).set("EMPLOYEE_COUNT", criteria.get("EMPLOYEES"))))
                .hasMessageContaining("EMPLOYEE_COUNT");
    }

    @Test
    void everySubsidyCriterionTheRulesNameHasAnEntryCitingItsClause() {
        CriterionCatalogue catalogue = CriterionCatalogue.standard();
        for (SubsidyCriterion c : SubsidyCriterion.values()) {
            CriterionEntry e = catalogue.entry(c);
            assertThat(e.id()).as(c.name()).isEqualTo(c.subsidy().name() + "." + c.entry());
            assertThat(PARAMETERS).as(c.name()).contains(e.parameter());
            assertThat(e.clause(2026)).as(c.name()).isNotBlank();
        }
        assertThat(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_RENEWAL.details().clause(2025))
                .startsWith("《福州市关于进一步加强高新技术企业培育工作的若干措施》");
        assertThat(SubsidyCriterion.HTE_RECOGNITION_REWARD_CITY_RENEWAL.details().clause(2026))
                .startsWith("福州市 2026 高企认定奖励");
        assertThat(catalogue.clause("RD_GROWTH_GRANT.RD_EXPENSE", 2026)).contains("200万元以上");
        assertThat(catalogue.joinedBy(SubsidyProgramme.RD_GROWTH_GRANT).en()).isEqualTo("; ");
    }

    @Test
    void aSubsidyEntryWithoutClauseIsRefusedNamingIt() {
        assertThatThrownBy(() -> parseWith(SubsidyProgramme.RD_GROWTH_GRANT,
                criteria -> ((ObjectNode) criteria.get("RD_EXPENSE")).remove("clause")))
                .hasMessageContaining("RD_GROWTH_GRANT.RD_EXPENSE").hasMessageContaining("missing 'clause'");
    }

    @Test
    void aSubsidyEntryWithAnUndeclaredPlaceholderIsRefused() {
        assertThatThrownBy(() -> parseWith(SubsidyProgramme.HTE_RECOGNITION_REWARD,
                criteria -> ((ObjectNode) criteria.get("ZONE_RENEWAL")).put("en", "Fuzhou high-tech zone: {amount} ({zone})")))
                .hasMessageContaining("HTE_RECOGNITION_REWARD.ZONE_RENEWAL").hasMessageContaining("{zone}");
    }

    @Test
    void aSubsidyEntryWithoutItsChineseTextIsRefusedNamingIt() {
        assertThatThrownBy(() -> parseWith(SubsidyProgramme.LITTLE_GIANT_REWARD,
                criteria -> ((ObjectNode) criteria.get("ESTIMATE")).remove("zh")))
                .hasMessageContaining("LITTLE_GIANT_REWARD.ESTIMATE").hasMessageContaining("missing text 'zh'");
    }

    @Test
    void aSubsidyCriterionTheRulesNameWithoutEntryIsRefused() {
        assertThatThrownBy(() -> parseWith(SubsidyProgramme.LITTLE_GIANT_REWARD,
                criteria -> ((ObjectNode) criteria).remove("ESTIMATE")))
                .hasMessageContaining("LITTLE_GIANT_REWARD_ESTIMATE").hasMessageContaining("criteria/little-giant-reward.yaml");
    }

    /** The shipped files, with one of them changed by {@code edit} (given its {@code criteria} node). */
    private static CriterionCatalogue parseWith(Programme programme, Consumer<JsonNode> edit) {
        Files files = new Files();
        edit.accept(files.programmes.get(programme).get("criteria"));
        return CriterionCatalogue.parse(files.programmes, files.subsidies, PARAMETERS);
    }

    /** The shipped files, with one subsidy's changed by {@code edit} (given its {@code criteria} node). */
    private static CriterionCatalogue parseWith(SubsidyProgramme subsidy, Consumer<JsonNode> edit) {
        Files files = new Files();
        edit.accept(files.subsidies.get(subsidy).get("criteria"));
        return CriterionCatalogue.parse(files.programmes, files.subsidies, PARAMETERS);
    }

    /** The shipped catalogue files, read afresh. */
    private static final class Files {
        final Map<Programme, JsonNode> programmes = new EnumMap<>(Programme.class);
        final Map<SubsidyProgramme, JsonNode> subsidies = new EnumMap<>(SubsidyProgramme.class);

        Files() {
            for (Programme p : Programme.values()) {
                programmes.put(p, read(CriterionCatalogue.fileOf(p)));
            }
            for (SubsidyProgramme p : SubsidyProgramme.values()) {
                subsidies.put(p, read(CriterionCatalogue.fileOf(p)));
            }
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CriterionCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
