package com.techladder.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.benchmark.EnterpriseGenerator;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the full JSON of many assessments, one per line, to compare two versions of the rules byte for byte: a change
 * meant to keep every answer (a refactoring, a performance change) must give the same file. The enterprises: every
 * scenario case in its year and the years around it, on several assessment days; and generated enterprises over
 * 2015–2027, each perturbed by one input left blank or one yes/no answer turned, with certificates of every programme.
 * Not part of the suite (no {@code Test} suffix); run on both versions and compare:
 * {@code mvn -o -q -pl rules test -Dtest=AssessmentDump -Dsurefire.failIfNoSpecifiedTests=false -Ddump.file=/tmp/a.jsonl}
 */
class AssessmentDump {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final int GENERATED_PER_YEAR = Integer.getInteger("dump.perYear", 2_000);

    private final PolicyEngine engine = PolicyEngines.standard();

    @Test
    void writeAssessments() throws IOException {
        Path file = Path.of(System.getProperty("dump.file", "target/assessment-dump.jsonl"));
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String name : ScenarioTest.FILES) {
                ScenarioFile scenarios = ScenarioFile.load(name);
                for (var c : scenarios.cases) {
                    int year = c.get("year").asInt();
                    for (int y = year - 1; y <= year + 1; y++) {
                        EnterpriseProfile profile = scenarios.profile(c, y);
                        for (LocalDate day : new LocalDate[] {null, LocalDate.of(y, 1, 2), LocalDate.of(y, 6, 30),
                                LocalDate.of(y, 12, 31)}) {
                            written += write(out, engine.evaluateAll(y, day, List.of(profile)));
                        }
                    }
                }
            }
            SplittableRandom random = new SplittableRandom(7);
            List<Method> setters = setters();
            for (int year = 2015; year <= 2027; year++) {
                EnterpriseGenerator generator = new EnterpriseGenerator(year);
                List<EnterpriseProfile> batch = new ArrayList<>();
                for (int i = 0; i < GENERATED_PER_YEAR; i++) {
                    batch.add(perturb(generator.next(year), year, random, setters));
                }
                written += write(out, engine.evaluateAll(year, batch));
                written += write(out, engine.evaluateAll(year, LocalDate.of(year, 11, 15), batch));
            }
        }
        System.out.printf("AssessmentDump: %,d assessments written to %s%n", written, file.toAbsolutePath());
        assertThat(written).isPositive();
    }

    private static int write(BufferedWriter out, List<Assessment> assessments) throws IOException {
        for (Assessment a : assessments) {
            out.write(JSON.writeValueAsString(a));
            out.newLine();
        }
        return assessments.size();
    }

    /** The builder's setters of optional inputs (boxed numbers and yes/no answers). */
    private static List<Method> setters() {
        List<Method> setters = new ArrayList<>();
        for (Method m : AccountingYear.Builder.class.getMethods()) {
            if (m.getParameterCount() == 1 && m.getReturnType() == AccountingYear.Builder.class) {
                Class<?> type = m.getParameterTypes()[0];
                if (type == Integer.class || type == Boolean.class || type == BigDecimal.class) {
                    setters.add(m);
                }
            }
        }
        setters.sort((a, b) -> a.getName().compareTo(b.getName()));
        return setters;
    }

    /** One input of Y−1 blanked or a yes/no answer turned; now and then a certificate of another programme. */
    private static EnterpriseProfile perturb(EnterpriseProfile p, int year, SplittableRandom random, List<Method> setters) {
        List<AccountingYear> years = new ArrayList<>(p.years());
        int last = years.size() - 1;
        Method setter = setters.get(random.nextInt(setters.size()));
        Object value = setter.getParameterTypes()[0] == Boolean.class && random.nextBoolean() ? Boolean.TRUE : null;
        try {
            years.set(last, ((AccountingYear.Builder) setter.invoke(years.get(last).toBuilder(), value)).build());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        List<CertificateRecord> certificates = new ArrayList<>(p.certificates());
        if (random.nextInt(3) == 0) {
            Programme programme = Programme.values()[random.nextInt(Programme.values().length)];
            certificates.add(CertificateRecord.of(programme, LocalDate.of(year - 1 - random.nextInt(4), 3, 1), null));
        }
        return new EnterpriseProfile("91350100M00" + String.format("%07d", random.nextInt(10_000_000)), p.name(),
                p.district(), p.inHitechZone(), p.establishedOn(), years, certificates);
    }
}
