package com.techladder.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.DoubleNode;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Parameter files as text: read with every problem located, written back in the shipped format. */
class ParameterYamlTest {

    private final ParameterTexts shipped = ParameterTexts.shipped();

    @Test
    void theShippedFilesReadWithoutAProblemToTheSetTheRulesLoad() {
        ParameterYaml.Read read = ParameterYaml.read(shipped);
        assertThat(read.problems()).extracting(ParameterProblem::describe).isEmpty();
        assertThat(read.set().toCanonicalJson()).isEqualTo(ParameterFiles.load().toCanonicalJson());
    }

    @Test
    void anExportOfTheShippedSetReadsBackToTheSameSetAndKeepsEachFilesLayout() {
        ParameterTexts exported = ParameterYaml.export(ParameterYaml.read(shipped).set(), shipped);
        assertThat(exported.files().keySet()).containsExactlyElementsOf(shipped.files().keySet());
        assertThat(exported.files().get(ParameterTexts.INDEX)).isEqualTo(shipped.files().get(ParameterTexts.INDEX));
        ParameterYaml.Read again = ParameterYaml.read(exported);
        assertThat(again.problems()).isEmpty();
        assertThat(again.set().toCanonicalJson()).isEqualTo(ParameterFiles.load().toCanonicalJson());
        // same header comments, same parameter order, numbers spelled as the files spell them (0.30 stays 0.30)
        shipped.parameterFiles().forEach((name, text) -> assertThat(exported.files().get(name)).as(name)
                .isEqualTo(text));
    }

    @Test
    void aChangeTypedAsJsonIsExportedAsTypedAndTheFileDiffsOnlyByItsOwnLines() {
        ParameterChange typed = new ObjectMapper().readValue("""
                {"key": "national_hte.min_staff_ratio", "effectiveFrom": "2027-01-01", "value": 0.30,
                 "source": "测试〔2026〕3号", "confidence": "confirmed"}""", ParameterChange.class);
        ParameterChanges.Applied applied = ParameterChanges.apply(ParameterYaml.read(shipped).set(), List.of(typed));
        assertThat(applied.problems()).isEmpty();
        ParameterTexts exported = ParameterYaml.export(applied.set(), shipped);

        List<String> before = shipped.files().get("national-hte.yaml").lines().toList();
        List<String> after = exported.files().get("national-hte.yaml").lines().toList();
        List<String> added = after.stream().filter(line -> !before.contains(line)).toList();
        assertThat(added).containsExactly("        effective_to: 2026-12-31", "      - effective_from: 2027-01-01",
                "        value: 0.30", "        source: 测试〔2026〕3号");
        assertThat(before).as("nothing of the file is lost").allMatch(after::contains);
        shipped.files().forEach((name, text) -> {
            if (!name.equals("national-hte.yaml")) {
                assertThat(exported.files().get(name)).as(name).isEqualTo(text);
            }
        });
        assertThat(ExactNumbers.readTree("0.30").decimalValue()).as("the page's typed value alike")
                .isEqualByComparingTo("0.3").hasToString("0.30");
    }

    @Test
    void everyProblemOfAFileIsNamedWithItsKeyAndLine() {
        String file = """
                # test
                prefix: demo
                parameters:
                  rate:
                    description: a rate
                    unit: 比例
                    values:
                      - effective_from: 2020-01-01
                        effective_to: 2021-06-30
                        value: 0.5
                        source: 某文号
                        confidence: confirmed
                      - effective_from: 2021-06-01
                        value: 1.5
                        source: 某文号
                        confidence: confirmed
                  cap:
                    description: a cap
                    unit: 万元
                    values:
                      - effective_from: 2020-01-01
                        effective_to: 2020-12-31
                        value: 10
                        source: 某文号
                        confidence: confirmed
                      - effective_from: 2022-01-01
                        value: -1
                        source: ""
                        confidence: sure
                  level:
                    description: a level
                    values:
                      - effective_from: 2020-01-01
                        effective_to: 2020-12-31
                        value: 1
                        source: 某文号
                        confidence: confirmed
                      - effective_from: 2022-01-01
                        value: -1
                        source: 某文号
                        confidence: confirmed
                """;
        ParameterYaml.Read read = ParameterYaml.readFile("demo.yaml", file);
        assertThat(read.problems()).extracting(p -> p.key() + "@" + p.line() + ":" + p.code()).containsExactlyInAnyOrder(
                "demo.rate@13:overlap", "demo.rate@13:rate-range",
                "demo.cap@26:source-missing", "demo.cap@26:confidence-invalid",
                "demo.level@38:gap");
        assertThat(read.problems()).allMatch(p -> p.file().equals("demo.yaml"));
    }

    @Test
    void aBrokenFileIsNamedWithTheLineTheParserStopped() {
        ParameterYaml.Read read = ParameterYaml.readFile("bad.yaml", "prefix: x\nparameters:\n  a: [\n");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("syntax");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aChangeTakesOverFromItsDayAndATemporaryOneHandsBack() {
        ParameterSet current = ParameterYaml.read(shipped).set();
        ParameterChanges.Applied applied = ParameterChanges.apply(current, List.of(
                new ParameterChange("tech_sme.max_employees", "2026-07-01", null, IntNode.valueOf(800), "测试〔2026〕1号 第一条",
                        "confirmed"),
                new ParameterChange("rd_growth_grant.rate", "2026-01-01", "2026-12-31", DoubleNode.valueOf(0.08),
                        "测试〔2026〕2号", "provisional")));
        assertThat(applied.problems()).extracting(ParameterProblem::describe).isEmpty();
        assertThat(applied.set().forYear(2025).number("tech_sme.max_employees")).isEqualTo(500);
        assertThat(applied.set().forYear(2026).number("tech_sme.max_employees")).isEqualTo(800);
        assertThat(applied.set().forYear(2026).number("rd_growth_grant.rate")).isEqualTo(0.08);
        assertThat(applied.set().forYear(2027).number("rd_growth_grant.rate")).isEqualTo(0.06);
        assertThat(applied.set().forYear(2029).has("rd_growth_grant.rate")).isFalse();
        assertThat(current.forYear(2026).number("tech_sme.max_employees")).as("the current set is untouched").isEqualTo(500);
    }

    @Test
    void aChangeOnAParameterWithAnOlderSupersededValueDoesNotOverlapIt() {
        ParameterSet current = ParameterYaml.read(shipped).set();
        ParameterChanges.Applied applied = ParameterChanges.apply(current, List.of(new ParameterChange(
                "tech_sme.industry_allowed", "2027-01-01", null, tools.jackson.databind.node.BooleanNode.TRUE, "文号",
                "confirmed")));
        assertThat(applied.problems()).isEmpty();
    }

    @Test
    void everyBrokenChangeIsNamedWithItsKeyAndPosition() {
        ParameterSet current = ParameterYaml.read(shipped).set();
        ParameterChanges.Applied applied = ParameterChanges.apply(current, List.of(
                new ParameterChange("no.such_key", "2026-07-01", null, IntNode.valueOf(1), "文号", "confirmed"),
                new ParameterChange("rd_growth_grant.rate", "2026-07-01", null, DoubleNode.valueOf(1.2), "文号", "confirmed"),
                new ParameterChange("rd_growth_grant.cap", "2026-07-01", null, IntNode.valueOf(-5), " ", "maybe"),
                new ParameterChange("tech_sme.max_employees", "07/01/2026", "2026-01-01", IntNode.valueOf(1), "文号",
                        "confirmed"),
                new ParameterChange("tech_sme.max_employees", "2026-07-01", "2026-01-01", IntNode.valueOf(1), "文号",
                        "confirmed")));
        assertThat(applied.problems()).extracting(p -> p.line() + ":" + p.key() + ":" + p.code()).containsExactlyInAnyOrder(
                "1:no.such_key:key-unknown",
                "2:rd_growth_grant.rate:rate-range",
                "3:rd_growth_grant.cap:source-missing", "3:rd_growth_grant.cap:confidence-invalid",
                "4:tech_sme.max_employees:date-invalid",
                "5:tech_sme.max_employees:period-reversed");
    }
}
