package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, point 11: the dashboard's figures, computed set-based in a few queries ({@link PlanProgressService}), equal a
 * straightforward computation in Java on a generated registry — every year's counts per programme, 高新区 and pipeline,
 * and the shown year's districts and technology fields. Renamed enterprises (several certificates of one programme),
 * revocations with and without a date, enterprises known only from a list, years without a run, and accounting years
 * without a technology field are all in the draw.
 */
@DatabaseSpecific
// @AutoConfigureMockMvc unused here: with it the test runs in the application context the MockMvc tests share
@SpringBootTest
@AutoConfigureMockMvc
class PlanProgressCountsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final String[] DISTRICTS = {"350102", "350103", "350104", "350121", "350181", null};
    /** Years of the seeded plan (十四五, 2020–2025) with an official run; 2021 and 2023 have none. */
    private static final int[] RUN_YEARS = {2020, 2022, 2024, 2025};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanProgressService service;

    /** One generated enterprise, as the Java computation sees it. */
    private record Firm(String uscc, String district, boolean zone, Map<Integer, Integer> fieldByYear,
                        List<CertificateRecord> certificates, Map<Integer, String> outcomeByRunYear) {

        boolean holds(Programme programme, LocalDate day) {
            return certificates.stream().anyMatch(c -> c.programme() == programme && c.isValidOn(day));
        }

        /** The newest accounting year up to {@code year} that records a field; null: none. */
        Integer field(int year) {
            return fieldByYear.entrySet().stream().filter(e -> e.getKey() <= year && e.getValue() != null)
                    .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
        }

        boolean inPipeline(int year) {
            return "ELIGIBLE".equals(outcomeByRunYear.get(year))
                    && !holds(Programme.NATIONAL_HTE, PlanProgressService.yearEnd(year));
        }
    }

    @Test
    void theDashboardsCountsEqualAStraightforwardComputationOnAGeneratedRegistry() {
        List<Firm> firms = generate(new Random(20261204L), 160);

        PlanProgress progress = service.progress(null, null, AS_OF);
        assertThat(progress.districtYear()).isEqualTo(2025);
        for (PlanProgress.Year row : progress.years()) {
            LocalDate day = PlanProgressService.yearEnd(row.year());
            assertThat(row.certifiedNationalHte()).as("national %s", row.year())
                    .isEqualTo(count(firms, f -> f.holds(Programme.NATIONAL_HTE, day)));
            assertThat(row.certifiedProvincialHte()).as("provincial %s", row.year())
                    .isEqualTo(count(firms, f -> f.holds(Programme.PROVINCIAL_HTE, day)));
            assertThat(row.certifiedTechSme()).as("科小 %s", row.year())
                    .isEqualTo(count(firms, f -> f.holds(Programme.TECH_SME, day)));
            assertThat(row.hitechZoneCertifiedNationalHte()).as("高新区 %s", row.year())
                    .isEqualTo(count(firms, f -> f.zone() && f.holds(Programme.NATIONAL_HTE, day)));
            Integer pipeline = hasRun(row.year()) ? count(firms, f -> f.inPipeline(row.year())) : null;
            assertThat(row.eligiblePipeline()).as("pipeline %s", row.year()).isEqualTo(pipeline);
        }
        assertShownYear(progress, firms);

        // another year shown: the breakdowns follow it
        assertShownYear(service.progress(null, 2022, AS_OF), firms);
        // a shown year without a run: no pipeline anywhere in its breakdowns
        PlanProgress withoutRun = service.progress(null, 2023, AS_OF);
        assertShownYear(withoutRun, firms);
        assertThat(withoutRun.districts()).extracting(PlanProgress.District::eligiblePipeline).containsOnlyNulls();
    }

    private static void assertShownYear(PlanProgress progress, List<Firm> firms) {
        int year = progress.districtYear();
        LocalDate day = PlanProgressService.yearEnd(year);
        boolean run = hasRun(year);
        for (PlanProgress.District d : progress.districts()) {
            String code = CertifiedCounts.UNKNOWN.equals(d.district()) ? null : d.district();
            Predicate<Firm> here = f -> Objects.equals(f.district(), code);
            assertThat(d.certifiedNationalHte()).as("%s national %s", d.district(), year)
                    .isEqualTo(count(firms, here.and(f -> f.holds(Programme.NATIONAL_HTE, day))));
            assertThat(d.certifiedProvincialHte()).as("%s provincial %s", d.district(), year)
                    .isEqualTo(count(firms, here.and(f -> f.holds(Programme.PROVINCIAL_HTE, day))));
            assertThat(d.certifiedTechSme()).as("%s 科小 %s", d.district(), year)
                    .isEqualTo(count(firms, here.and(f -> f.holds(Programme.TECH_SME, day))));
            assertThat(d.eligiblePipeline()).as("%s pipeline %s", d.district(), year)
                    .isEqualTo(run ? count(firms, here.and(f -> f.inPipeline(year))) : null);
        }
        assertThat(progress.districts()).extracting(PlanProgress.District::district)
                .contains("350102", "350103", "350104", "350121", "350181", CertifiedCounts.UNKNOWN);
        PlanProgress.Zone zone = progress.hitechZone();
        assertThat(zone.certifiedNationalHte()).isEqualTo(count(firms, f -> f.zone() && f.holds(Programme.NATIONAL_HTE, day)));
        assertThat(zone.eligiblePipeline()).isEqualTo(run ? count(firms, f -> f.zone() && f.inPipeline(year)) : null);

        Map<String, Integer> fields = new TreeMap<>();
        for (Firm f : firms) {
            if (f.holds(Programme.NATIONAL_HTE, day)) {
                Integer field = f.field(year);
                fields.merge(field == null ? CertifiedCounts.UNKNOWN : String.valueOf(field), 1, Integer::sum);
            }
        }
        for (PlanProgress.Field field : progress.techFields()) {
            assertThat(field.certifiedNationalHte()).as("field %s in %s", field.techField(), year)
                    .isEqualTo(fields.getOrDefault(field.techField(), 0));
        }
        assertThat(progress.funnel().nationalHte()).isEqualTo(count(firms, f -> f.holds(Programme.NATIONAL_HTE, day)));
    }

    private static boolean hasRun(int year) {
        return java.util.Arrays.stream(RUN_YEARS).anyMatch(y -> y == year);
    }

    private static int count(List<Firm> firms, Predicate<Firm> which) {
        return (int) firms.stream().filter(which).count();
    }

    /** The registry in the database and the same firms in Java. */
    private List<Firm> generate(Random random, int enterprises) {
        PlanFixtures fixtures = new PlanFixtures(jdbc).clear();
        Map<Integer, Long> runs = new HashMap<>();
        for (int year : RUN_YEARS) {
            // an older completed run of the year first: the newest one is the official run
            long older = fixtures.run(year, "COMPLETED");
            runs.put(year, fixtures.run(year, "COMPLETED"));
            runs.put(-year, older);
        }
        List<Firm> firms = new ArrayList<>();
        String[] outcomes = {"ELIGIBLE", "ELIGIBLE", "NEEDS_REVIEW", "NOT_ELIGIBLE"};
        for (int e = 1; e <= enterprises; e++) {
            String uscc = PlanFixtures.uscc(3000 + e);
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            boolean zone = district != null && random.nextInt(3) == 0;
            fixtures.enterprise(uscc, "生成企业" + e, district, zone);
            Map<Integer, Integer> fields = new HashMap<>();
            for (int year = 2019; year <= 2025; year++) {
                int draw = random.nextInt(10);
                if (draw < 6) {
                    int field = 1 + random.nextInt(8);
                    fixtures.techField(uscc, year, field);
                    fields.put(year, field);
                }
            }
            List<CertificateRecord> certificates = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                CertificateRecord record = randomCertificate(random);
                fixtures.certificate(uscc, "生成企业" + e + (c > 1 ? "（更名）" : ""), record);
                certificates.add(record);
            }
            Map<Integer, String> outcomeByRunYear = new HashMap<>();
            for (int year : RUN_YEARS) {
                if (random.nextInt(5) > 0) {
                    String outcome = outcomes[random.nextInt(outcomes.length)];
                    fixtures.assessment(runs.get(year), uscc, outcome, 60, 80);
                    outcomeByRunYear.put(year, outcome);
                }
                // the superseded run says ELIGIBLE for everyone: counting it would show
                fixtures.assessment(runs.get(-year), uscc, "ELIGIBLE", 60, 80);
            }
            firms.add(new Firm(uscc, district, zone, fields, certificates, outcomeByRunYear));
        }
        return firms;
    }

    private static CertificateRecord randomCertificate(Random random) {
        Programme programme = Programme.values()[random.nextInt(3)];
        LocalDate issued = LocalDate.of(2017 + random.nextInt(9), 12, 31).plusDays(random.nextInt(5) - 2);
        LocalDate validUntil = random.nextBoolean() ? null
                : LocalDate.of(issued.getYear() + random.nextInt(4), 12, 31).plusDays(random.nextInt(5) - 2);
        if (validUntil != null && validUntil.isBefore(issued)) {
            validUntil = issued;
        }
        boolean revoked = random.nextInt(6) == 0;
        LocalDate revokedOn = revoked && random.nextBoolean()
                ? LocalDate.of(issued.getYear() + random.nextInt(3), 12, 31).plusDays(random.nextInt(5) - 2) : null;
        return new CertificateRecord(programme, null, issued, validUntil, revoked, revokedOn, null);
    }
}
