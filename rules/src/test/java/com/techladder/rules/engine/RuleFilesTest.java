package com.techladder.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.explain.CriterionCatalogue;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.ParameterFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule, criterion and parameter files the version is computed from are exactly those on disk; no threshold hides in DRL. */
class RuleFilesTest {

    private static final Path RULES = Path.of("src/main/resources/com/techladder/rules");
    private static final Path PARAMETERS = Path.of("src/main/resources/parameters");
    private static final Path CRITERIA = Path.of("src/main/resources/criteria");

    private static List<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyDrlFileCountsTowardsTheVersion() throws IOException {
        assertThat(RulesetVersion.RULE_FILES).containsExactlyInAnyOrderElementsOf(names(RULES, ".drl"));
    }

    @Test
    void everyCriterionFileIsAProgrammesOrASubsidysCatalogue() throws IOException {
        assertThat(Stream.concat(Stream.of(Programme.values()).map(CriterionCatalogue::fileOf),
                        Stream.of(SubsidyProgramme.values()).map(CriterionCatalogue::fileOf))
                .map(f -> Path.of(f).getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(names(CRITERIA, ".yaml"));
    }

    @Test
    void everyParameterFileIsListedInTheIndex() throws IOException {
        List<String> onDisk = names(PARAMETERS, ".yaml").stream().filter(n -> !n.equals("index.yaml")).toList();
        assertThat(ParameterFiles.fileNames()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    /**
     * Decimal literals (0.6, 2000.5) or integers from 5 up in rule code would be thresholds that belong in a parameter
     * file. Comments, strings and salience lines are skipped.
     */
    @Test
    void noThresholdLiteralsInRules() throws IOException {
        Pattern literal = Pattern.compile("(?<![\\w.])(\\d+\\.\\d+|[5-9]|\\d{2,})(?![\\w.])");
        for (String name : names(RULES, ".drl")) {
            List<String> lines = Files.readAllLines(RULES.resolve(name), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "");
                if (code.trim().startsWith("salience")) {
                    continue;
                }
                Matcher m = literal.matcher(code);
                assertThat(m.find()).as(name + ":" + (i + 1) + " has a literal: " + lines.get(i).trim()).isFalse();
            }
        }
    }
}
