package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed sample run through the real policy engine for assessment year 2025: every programme is reached. */
class PolicyEngineCoverageTest {

    private static List<Assessment> assessments;

    @BeforeAll
    static void evaluate() throws IOException {
        CsvTable enterprises = CsvTable.read(Path.of("enterprises.csv"));
        List<Map<String, String>> certificates = CsvTable.read(Path.of("certificates.csv")).rows();
        List<EnterpriseProfile> profiles = ProfilesFromCsv.profiles(SampleEnterprise.group(enterprises), certificates);
        assessments = PolicyEngines.standard().evaluateAll(2025, profiles);
    }

    @Test
    void everyProgrammeHasEligibleAndNotEligibleEnterprisesAndEveryDirectPathIsTaken() {
        Map<Programme, Map<Outcome, Integer>> outcomes = new EnumMap<>(Programme.class);
        Set<String> directPaths = new HashSet<>();
        for (Assessment a : assessments) {
            for (ProgrammeResult p : a.programmes()) {
                outcomes.computeIfAbsent(p.programme(), k -> new EnumMap<>(Outcome.class)).merge(p.outcome(), 1, Integer::sum);
                if (p.directPath() != null) {
                    directPaths.add(p.directPath());
                }
            }
        }
        for (Programme programme : Programme.values()) {
            assertThat(outcomes.get(programme).getOrDefault(Outcome.ELIGIBLE, 0)).as(programme.name()).isGreaterThan(0);
            assertThat(outcomes.get(programme).getOrDefault(Outcome.NOT_ELIGIBLE, 0)).as(programme.name()).isGreaterThan(0);
        }
        assertThat(outcomes.get(Programme.NATIONAL_HTE)).containsKey(Outcome.NEEDS_REVIEW);
        // 科小 直接认定: a valid 高企 certificate, a national award, a provincial R&D institution, a led standard
        assertThat(directPaths).hasSizeGreaterThanOrEqualTo(4);
    }
}
