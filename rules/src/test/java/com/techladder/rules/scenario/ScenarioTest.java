package com.techladder.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.explain.CriterionCatalogue;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.Gap;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the scenario files under {@code src/test/resources/scenarios/}: one file per programme or subsidy, one test per
 * case, named by the sentence the case states. The files are what a policy officer reads to see what the rules decide.
 */
class ScenarioTest {

    static final String[] FILES = {
        "tech-sme.yaml", "provincial-hte.yaml", "national-hte.yaml", "little-giant.yaml",
        "rd-segmented-grant.yaml", "rd-growth-grant.yaml", "little-giant-reward.yaml", "hte-recognition-reward.yaml"
    };

    private final PolicyEngine engine = PolicyEngines.standard();

    @TestFactory
    Stream<DynamicContainer> scenarios() {
        return Stream.of(FILES).map(ScenarioFile::load).map(file -> DynamicContainer.dynamicContainer(file.name,
                file.cases.stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check(file, c)))));
    }

    private void check(ScenarioFile file, JsonNode c) {
        int year = c.get("year").asInt();
        LocalDate assessmentDay = c.hasNonNull("assessmentDay") ? LocalDate.parse(c.get("assessmentDay").asText()) : null;
        Assessment a = engine.evaluate(year, assessmentDay, file.profile(c, year));
        assertThat(a.programmes()).extracting(ProgrammeResult::programme).containsExactly(Programme.TECH_SME,
                Programme.PROVINCIAL_HTE, Programme.NATIONAL_HTE, Programme.LITTLE_GIANT);
        JsonNode expect = c.get("expect");
        SoftAssertions soft = new SoftAssertions();
        Programme programme = expect.hasNonNull("programme") ? Programme.valueOf(expect.get("programme").asText())
                : file.programme;
        if (programme != null) {
            checkProgramme(soft, a, programme, expect);
        }
        for (ProgrammeResult r : a.programmes()) {
            for (CriterionResult cr : r.criteria()) {
                // every criterion explains itself: clause with 文号, both languages, what is required, a result
                soft.assertThat(cr.clause()).as("clause of " + cr.id()).isNotBlank();
                // and its catalogue entry names the policy clause it comes from, for the year assessed
                soft.assertThat(CriterionCatalogue.standard().clause(cr.id(), year)).as("catalogue clause of " + cr.id())
                        .isNotBlank();
                soft.assertThat(cr.description()).as("description of " + cr.id()).isNotBlank();
                soft.assertThat(cr.descriptionEn()).as("English description of " + cr.id()).isNotBlank();
                soft.assertThat(cr.required()).as("requirement of " + cr.id()).isNotBlank();
                soft.assertThat(cr.result()).as("result of " + cr.id()).isNotNull();
                soft.assertThat(cr.id()).as("id").startsWith(r.programme().name() + ".");
            }
            for (Gap g : r.gaps()) {
                soft.assertThat(g.message()).as("gap of " + r.programme()).isNotBlank().doesNotContain("null");
                soft.assertThat(g.messageEn()).as("English gap of " + r.programme()).isNotBlank();
            }
            if (r.outcome() == com.techladder.rules.result.Outcome.NOT_ELIGIBLE) {
                // gap analysis names every failed condition, never only the first
                r.criteria().stream().filter(cr -> cr.result() == com.techladder.rules.result.CriterionStatus.NOT_MET
                                && cr.points() == null && cr.maxPoints() == null && !cr.id().contains(".PATH_"))
                        .forEach(cr -> soft.assertThat(r.gaps()).as("gaps of " + r.programme() + " cover " + cr.id())
                                .extracting(Gap::criterion).contains(cr.id()));
            }
        }
        if (expect.has("eligibleTier")) {
            soft.assertThat(a.eligibleTier()).as("eligibleTier").isEqualTo(Tier.valueOf(expect.get("eligibleTier").asText()));
        }
        if (expect.has("assessmentReferenceDay")) {
            soft.assertThat(a.referenceDay()).as("referenceDay of the assessment")
                    .isEqualTo(LocalDate.parse(expect.get("assessmentReferenceDay").asText()));
        }
        if (expect.has("eligibleTierProvisional")) {
            soft.assertThat(a.eligibleTierProvisional()).as("eligibleTierProvisional of " + a.eligibleTier())
                    .isEqualTo(expect.get("eligibleTierProvisional").asBoolean());
        }
        if (expect.has("certifiedTier")) {
            soft.assertThat(a.certifiedTier()).as("certifiedTier").isEqualTo(Tier.valueOf(expect.get("certifiedTier").asText()));
        }
        if (expect.has("subsidy")) {
            checkSubsidy(soft, a, expect.get("subsidy"));
        }
        if (expect.has("noSubsidy")) {
            SubsidyProgramme absent = SubsidyProgramme.valueOf(expect.get("noSubsidy").asText());
            soft.assertThat(a.subsidies()).as("subsidies of " + year).extracting(SubsidyResult::programme).doesNotContain(absent);
        }
        soft.assertAll();
    }

    private static void checkProgramme(SoftAssertions soft, Assessment a, Programme programme, JsonNode expect) {
        ProgrammeResult r = a.programmes().stream().filter(p -> p.programme() == programme).findFirst().orElseThrow();
        String where = programme + " (" + r.outcome() + ", score " + r.scoreMin() + "–" + r.scoreMax() + ", criteria "
                + r.criteria().stream().map(x -> x.id() + "=" + x.result() + (x.points() == null ? "" : "/" + x.points()))
                        .toList() + ", gaps " + r.gaps().stream().map(Gap::message).toList() + ")";
        if (expect.has("outcome")) {
            soft.assertThat(r.outcome().name()).as("outcome of " + where).isEqualTo(expect.get("outcome").asText());
        }
        if (expect.has("score")) {
            soft.assertThat(r.score()).as("score of " + where).isEqualTo(intOrNull(expect.get("score")));
        }
        if (expect.has("scoreMin")) {
            soft.assertThat(r.scoreMin()).as("scoreMin of " + where).isEqualTo(expect.get("scoreMin").asInt());
        }
        if (expect.has("scoreMax")) {
            soft.assertThat(r.scoreMax()).as("scoreMax of " + where).isEqualTo(expect.get("scoreMax").asInt());
        }
        if (expect.has("directPath")) {
            soft.assertThat(r.directPath()).as("directPath of " + where).isEqualTo(expect.get("directPath").asText(null));
        }
        if (expect.has("referenceDay")) {
            soft.assertThat(r.referenceDay()).as("referenceDay of " + where)
                    .isEqualTo(LocalDate.parse(expect.get("referenceDay").asText()));
        }
        if (expect.has("provisional")) {
            soft.assertThat(r.provisional()).as("provisional of " + where).isEqualTo(expect.get("provisional").asBoolean());
        }
        Iterator<Map.Entry<String, JsonNode>> it = expect.path("criteria").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            CriterionResult cr = r.criteria().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
            soft.assertThat(cr).as("criterion " + e.getKey() + " in " + where).isNotNull();
            if (cr == null) {
                continue;
            }
            JsonNode want = e.getValue();
            if (want.has("result")) {
                soft.assertThat(cr.result().name()).as(e.getKey() + " result in " + where).isEqualTo(want.get("result").asText());
            }
            if (want.has("points")) {
                soft.assertThat(cr.points()).as(e.getKey() + " points, " + cr).isEqualTo(intOrNull(want.get("points")));
            }
            if (want.has("actual")) {
                soft.assertThat(cr.actual()).as(e.getKey() + " actual, " + cr).isEqualTo(want.get("actual").asText(null));
            }
            if (want.has("required")) {
                soft.assertThat(cr.required()).as(e.getKey() + " required, " + cr).isEqualTo(want.get("required").asText());
            }
            if (want.has("clauseContains")) {
                soft.assertThat(cr.clause()).as(e.getKey() + " clause").contains(want.get("clauseContains").asText());
            }
            if (want.has("confidence")) {
                soft.assertThat(cr.confidence().name()).as(e.getKey() + " confidence").isEqualTo(want.get("confidence").asText());
            }
        }
        for (JsonNode absent : expect.path("criteriaAbsent")) {
            soft.assertThat(r.criteria()).as("criteria of " + programme).extracting(CriterionResult::id)
                    .doesNotContain(absent.asText());
        }
        for (JsonNode gap : expect.path("gaps")) {
            soft.assertThat(r.gaps()).as("gaps of " + where).extracting(Gap::message).contains(gap.asText());
        }
        if (expect.has("noGaps")) {
            soft.assertThat(r.gaps()).as("gaps of " + where).isEmpty();
        }
    }

    private static void checkSubsidy(SoftAssertions soft, Assessment a, JsonNode expect) {
        SubsidyProgramme programme = SubsidyProgramme.valueOf(expect.get("programme").asText());
        SubsidyResult s = a.subsidies().stream().filter(x -> x.programme() == programme).findFirst().orElse(null);
        soft.assertThat(s).as(programme + " listed in " + a.assessmentYear()).isNotNull();
        if (s == null) {
            return;
        }
        if (expect.has("eligible")) {
            soft.assertThat(s.eligible()).as("eligible, " + s).isEqualTo(expect.get("eligible").asBoolean());
        }
        if (expect.has("amount")) {
            soft.assertThat(s.amount()).as("amount, " + s).isEqualByComparingTo(new BigDecimal(expect.get("amount").asText()));
        }
        if (expect.has("provisional")) {
            soft.assertThat(s.provisional()).as("provisional, " + s).isEqualTo(expect.get("provisional").asBoolean());
        }
        if (expect.has("undetermined")) {
            soft.assertThat(s.undetermined()).as("undetermined, " + s).isEqualTo(expect.get("undetermined").asBoolean());
        }
        if (expect.has("basisContains")) {
            soft.assertThat(s.basis()).as("basis").contains(expect.get("basisContains").asText());
        }
        if (expect.has("basisEn")) {
            soft.assertThat(s.basisEn()).as("English basis").isEqualTo(expect.get("basisEn").asText());
        }
    }

    private static Integer intOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }
}
