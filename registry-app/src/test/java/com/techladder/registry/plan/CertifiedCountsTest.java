package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL counts against crafted certificate sets: named boundary cases with hand-computed answers, and a seeded random
 * set checked against an independent computation in Java ({@link CertificateRecord#isValidOn}, one per USCC).
 */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
class CertifiedCountsTest {

    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CertifiedCounts counts;

    private PlanFixtures fixtures;

    @BeforeEach
    void emptyRegistry() {
        fixtures = new PlanFixtures(jdbc).clear();
    }

    @Test
    void namedCasesCountAsTheRulesSay() {
        boundaryCases();

        assertThat(counts.cityWide(END_2022).get(Programme.NATIONAL_HTE)).isEqualTo(7);
        assertThat(counts.cityWide(END_2023).get(Programme.NATIONAL_HTE)).isEqualTo(5);
        assertThat(counts.cityWide(END_2024).get(Programme.NATIONAL_HTE)).isEqualTo(5);
        Map<Integer, CertifiedCounts.YearEnd> yearEnds = counts.yearEnds(2022, 2024);
        assertThat(yearEnds.values()).extracting(y -> y.cityWide().get(Programme.NATIONAL_HTE)).containsExactly(7, 5, 5);
        assertThat(yearEnds.get(2023).hitechZone().get(Programme.NATIONAL_HTE)).isEqualTo(2);
    }

    @Test
    void aCertificateEndingOn31DecemberStillCountsThatYear() {
        fixtures.enterprise(uscc(2), "到期日在年末有限公司", "350102", false);
        fixtures.certificate(uscc(2), "到期日在年末有限公司", national(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)));

        assertThat(counts.cityWide(END_2022).get(Programme.NATIONAL_HTE)).isEqualTo(1);
        assertThat(counts.cityWide(END_2023).get(Programme.NATIONAL_HTE)).isZero();
    }

    @Test
    void aCertificateIssuedOn31DecemberCountsThatYearAndOneIssuedOn1JanuaryDoesNot() {
        fixtures.enterprise(uscc(3), "年末发证有限公司", "350104", false);
        fixtures.enterprise(uscc(4), "年初发证有限公司", "350104", false);
        fixtures.certificate(uscc(3), "年末发证有限公司", national(END_2023, null));
        fixtures.certificate(uscc(4), "年初发证有限公司", national(LocalDate.of(2024, 1, 1), null));

        assertThat(counts.cityWide(END_2023).get(Programme.NATIONAL_HTE)).isEqualTo(1);
        assertThat(counts.cityWide(END_2024).get(Programme.NATIONAL_HTE)).isEqualTo(2);
    }

    @Test
    void withoutAValidUntilANationalCertificateLastsThreeYearsLessADay() {
        fixtures.enterprise(uscc(1), "三年有效有限公司", "350102", false);
        fixtures.certificate(uscc(1), "三年有效有限公司", national(LocalDate.of(2021, 12, 1), null));

        assertThat(counts.cityWide(LocalDate.of(2024, 11, 30)).get(Programme.NATIONAL_HTE)).isEqualTo(1);
        assertThat(counts.cityWide(LocalDate.of(2024, 12, 1)).get(Programme.NATIONAL_HTE)).isZero();
    }

    @Test
    void aRevocationEndsTheStatusOnItsDateAndOneWithoutADateEndsItAltogether() {
        fixtures.enterprise(uscc(5), "年中撤销有限公司", "350105", false);
        fixtures.enterprise(uscc(6), "年末撤销有限公司", "350105", false);
        fixtures.enterprise(uscc(7), "撤销无日期有限公司", "350111", false);
        LocalDate issued = LocalDate.of(2021, 11, 1);
        fixtures.certificate(uscc(5), "年中撤销有限公司", revoked(issued, LocalDate.of(2023, 6, 30)));
        fixtures.certificate(uscc(6), "年末撤销有限公司", revoked(issued, END_2023));
        fixtures.certificate(uscc(7), "撤销无日期有限公司", revoked(issued, null));

        assertThat(counts.cityWide(END_2022).get(Programme.NATIONAL_HTE)).isEqualTo(2);
        assertThat(counts.cityWide(LocalDate.of(2023, 6, 29)).get(Programme.NATIONAL_HTE)).isEqualTo(2);
        assertThat(counts.cityWide(END_2023).get(Programme.NATIONAL_HTE)).isZero();
        assertThat(counts.cityWide(LocalDate.of(2021, 11, 1)).get(Programme.NATIONAL_HTE)).isEqualTo(2);
    }

    @Test
    void aRenamedEnterpriseWithTwoOverlappingCertificatesCountsOnce() {
        fixtures.enterprise(uscc(8), "新名称科技有限公司", "350121", true);
        fixtures.certificate(uscc(8), "旧名称科技有限公司",
                numbered("GR202135000001", LocalDate.of(2021, 12, 1)));
        fixtures.certificate(uscc(8), "新名称科技有限公司",
                numbered("GR202335000002", LocalDate.of(2023, 11, 15)));

        assertThat(counts.cityWide(END_2023).get(Programme.NATIONAL_HTE)).isEqualTo(1);
        assertThat(counts.byDistrict(END_2023).get("350121").get(Programme.NATIONAL_HTE)).isEqualTo(1);
        assertThat(counts.hitechZone(END_2023).get(Programme.NATIONAL_HTE)).isEqualTo(1);
    }

    @Test
    void anEnterpriseKnownOnlyFromACertificateListCountsCityWideUnderUnknownDistrict() {
        fixtures.enterprise(uscc(9), "仅见于名单有限公司", null, false);
        fixtures.certificate(uscc(9), "仅见于名单有限公司", national(LocalDate.of(2022, 12, 1), null));

        assertThat(counts.cityWide(END_2023).get(Programme.NATIONAL_HTE)).isEqualTo(1);
        assertThat(counts.byDistrict(END_2023)).containsOnlyKeys(CertifiedCounts.UNKNOWN);
        assertThat(counts.hitechZone(END_2023).get(Programme.NATIONAL_HTE)).isZero();
    }

    @Test
    void theOtherRungsFollowTheirOwnValidity() {
        fixtures.enterprise(uscc(10), "科小有限公司", "350102", false);
        fixtures.enterprise(uscc(11), "省高企有限公司", "350102", false);
        fixtures.certificate(uscc(10), "科小有限公司",
                CertificateRecord.of(Programme.TECH_SME, LocalDate.of(2023, 3, 1), null));
        fixtures.certificate(uscc(11), "省高企有限公司",
                CertificateRecord.of(Programme.PROVINCIAL_HTE, LocalDate.of(2019, 6, 1), null));

        assertThat(counts.cityWide(END_2023).get(Programme.TECH_SME)).isEqualTo(1);
        assertThat(counts.cityWide(END_2024).get(Programme.TECH_SME)).isZero();
        assertThat(counts.cityWide(END_2024).get(Programme.PROVINCIAL_HTE)).isEqualTo(1);
        assertThat(counts.cityWide(LocalDate.of(2019, 5, 31)).get(Programme.PROVINCIAL_HTE)).isZero();
    }

    @Test
    void districtsZoneAndTechnologyFieldsSplitTheNamedCases() {
        boundaryCases();
        fixtures.techField(uscc(1), 2022, 1);
        fixtures.techField(uscc(1), 2024, 3);
        fixtures.techField(uscc(8), 2021, 2);
        fixtures.techField(uscc(8), 2023, 8);

        Map<String, Map<Programme, Integer>> districts = counts.byDistrict(END_2023);
        assertThat(national(districts, "350102")).isEqualTo(1);
        assertThat(national(districts, "350104")).isEqualTo(1);
        assertThat(national(districts, "350121")).isEqualTo(1);
        assertThat(national(districts, "350181")).isEqualTo(1);
        assertThat(national(districts, CertifiedCounts.UNKNOWN)).isEqualTo(1);
        assertThat(national(districts, "350105")).isZero();
        assertThat(counts.hitechZone(END_2023).get(Programme.NATIONAL_HTE)).isEqualTo(2);

        Map<String, Map<Programme, Integer>> fields = counts.byTechField(END_2023);
        assertThat(national(fields, "1")).as("field of 2022, the newest up to 2023").isEqualTo(1);
        assertThat(national(fields, "8")).isEqualTo(1);
        assertThat(national(fields, "3")).isZero();
        assertThat(national(fields, CertifiedCounts.UNKNOWN)).isEqualTo(3);
    }

    @Test
    void aSeededRandomSetMatchesAnIndependentComputationForEveryYearProgrammeAndArea() {
        Random random = new Random(20250101L);
        String[] districts = {"350102", "350103", "350104", "350121", "350181", null};
        List<Holding> holdings = new ArrayList<>();
        for (int e = 1; e <= 60; e++) {
            String district = districts[random.nextInt(districts.length)];
            boolean zone = district != null && random.nextInt(3) == 0;
            fixtures.enterprise(uscc(100 + e), "随机企业" + e, district, zone);
            int certificates = 1 + random.nextInt(3);
            for (int c = 0; c < certificates; c++) {
                CertificateRecord record = randomCertificate(random);
                fixtures.certificate(uscc(100 + e), "随机企业" + e + (c > 0 ? "（更名" + c + "）" : ""), record);
                holdings.add(new Holding(uscc(100 + e), district, zone, record));
            }
        }

        Map<Integer, CertifiedCounts.YearEnd> yearEnds = counts.yearEnds(2018, 2027);
        assertThat(yearEnds).containsOnlyKeys(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        for (int year = 2018; year <= 2027; year++) {
            LocalDate day = LocalDate.of(year, 12, 31);
            Map<Programme, Integer> city = counts.cityWide(day);
            Map<Programme, Integer> zone = counts.hitechZone(day);
            assertThat(yearEnds.get(year).cityWide()).as("one pass, %s", year).isEqualTo(city);
            assertThat(yearEnds.get(year).hitechZone()).as("one pass, 高新区 %s", year).isEqualTo(zone);
            Map<String, Map<Programme, Integer>> byDistrict = counts.byDistrict(day);
            for (Programme programme : Programme.values()) {
                assertThat(city.get(programme)).as("%s on %s", programme, day)
                        .isEqualTo(expected(holdings, programme, day, h -> true));
                assertThat(zone.get(programme)).as("高新区 %s on %s", programme, day)
                        .isEqualTo(expected(holdings, programme, day, Holding::zone));
                for (String district : districts) {
                    String key = district == null ? CertifiedCounts.UNKNOWN : district;
                    int counted = byDistrict.getOrDefault(key, CertifiedCounts.zeroCounts()).get(programme);
                    assertThat(counted).as("%s %s on %s", key, programme, day)
                            .isEqualTo(expected(holdings, programme, day,
                                    h -> java.util.Objects.equals(h.district(), district)));
                }
            }
        }
    }

    /** Twelve enterprises, one per boundary case (see the assertions for what each must count as). */
    private void boundaryCases() {
        fixtures.enterprise(uscc(1), "三年有效有限公司", "350102", true);
        fixtures.certificate(uscc(1), "三年有效有限公司", national(LocalDate.of(2021, 12, 1), null));
        fixtures.enterprise(uscc(2), "到期日在年末有限公司", "350102", false);
        fixtures.certificate(uscc(2), "到期日在年末有限公司", national(LocalDate.of(2020, 1, 1), END_2022));
        fixtures.enterprise(uscc(3), "年末发证有限公司", "350104", false);
        fixtures.certificate(uscc(3), "年末发证有限公司", national(END_2023, null));
        fixtures.enterprise(uscc(4), "年初发证有限公司", "350104", false);
        fixtures.certificate(uscc(4), "年初发证有限公司", national(LocalDate.of(2024, 1, 1), null));
        fixtures.enterprise(uscc(5), "年中撤销有限公司", "350105", false);
        fixtures.certificate(uscc(5), "年中撤销有限公司", revoked(LocalDate.of(2021, 11, 1), LocalDate.of(2023, 6, 30)));
        fixtures.enterprise(uscc(6), "年末撤销有限公司", "350105", false);
        fixtures.certificate(uscc(6), "年末撤销有限公司", revoked(LocalDate.of(2021, 11, 1), END_2023));
        fixtures.enterprise(uscc(7), "撤销无日期有限公司", "350111", false);
        fixtures.certificate(uscc(7), "撤销无日期有限公司", revoked(LocalDate.of(2021, 11, 1), null));
        fixtures.enterprise(uscc(8), "新名称科技有限公司", "350121", true);
        fixtures.certificate(uscc(8), "旧名称科技有限公司", numbered("GR202135000001", LocalDate.of(2021, 12, 1)));
        fixtures.certificate(uscc(8), "新名称科技有限公司", numbered("GR202335000002", LocalDate.of(2023, 11, 15)));
        fixtures.enterprise(uscc(9), "仅见于名单有限公司", null, false);
        fixtures.certificate(uscc(9), "仅见于名单有限公司", national(LocalDate.of(2022, 12, 1), null));
        fixtures.enterprise(uscc(10), "科小有限公司", "350102", false);
        fixtures.certificate(uscc(10), "科小有限公司", CertificateRecord.of(Programme.TECH_SME, LocalDate.of(2023, 3, 1), null));
        fixtures.enterprise(uscc(11), "省高企有限公司", "350102", false);
        fixtures.certificate(uscc(11), "省高企有限公司",
                CertificateRecord.of(Programme.PROVINCIAL_HTE, LocalDate.of(2019, 6, 1), null));
        fixtures.enterprise(uscc(12), "有效期至年末有限公司", "350181", false);
        fixtures.certificate(uscc(12), "有效期至年末有限公司",
                national(LocalDate.of(2022, 12, 15), LocalDate.of(2025, 12, 31)));
    }

    /** Dates bunched around the turn of the year, where off-by-one mistakes live. */
    private static CertificateRecord randomCertificate(Random random) {
        Programme programme = Programme.values()[random.nextInt(Programme.values().length)];
        LocalDate issued = nearYearEnd(random, 2018 + random.nextInt(9));
        LocalDate validUntil = random.nextBoolean() ? null : nearYearEnd(random, issued.getYear() + random.nextInt(4));
        if (validUntil != null && validUntil.isBefore(issued)) {
            validUntil = issued;
        }
        boolean revoked = random.nextInt(5) == 0;
        LocalDate revokedOn = revoked && random.nextBoolean() ? nearYearEnd(random, issued.getYear() + random.nextInt(3))
                : null;
        return new CertificateRecord(programme, null, issued, validUntil, revoked, revokedOn, null);
    }

    private static LocalDate nearYearEnd(Random random, int year) {
        return LocalDate.of(year, 12, 31).plusDays(random.nextInt(5) - 2);
    }

    private static int expected(List<Holding> holdings, Programme programme, LocalDate day,
                                java.util.function.Predicate<Holding> area) {
        Set<String> holders = new HashSet<>();
        for (Holding h : holdings) {
            if (h.record().programme() == programme && area.test(h) && h.record().isValidOn(day)) {
                holders.add(h.uscc());
            }
        }
        return holders.size();
    }

    private static int national(Map<String, Map<Programme, Integer>> counts, String key) {
        return counts.getOrDefault(key, new HashMap<>(Map.of(Programme.NATIONAL_HTE, 0))).get(Programme.NATIONAL_HTE);
    }

    private static String uscc(int serial) {
        return PlanFixtures.uscc(serial);
    }

    private static CertificateRecord national(LocalDate issuedOn, LocalDate validUntil) {
        return CertificateRecord.of(Programme.NATIONAL_HTE, issuedOn, validUntil);
    }

    private static CertificateRecord numbered(String certificateNo, LocalDate issuedOn) {
        return new CertificateRecord(Programme.NATIONAL_HTE, certificateNo, issuedOn, null, false, null, null);
    }

    private static CertificateRecord revoked(LocalDate issuedOn, LocalDate revokedOn) {
        return new CertificateRecord(Programme.NATIONAL_HTE, null, issuedOn, null, true, revokedOn, null);
    }

    private record Holding(String uscc, String district, boolean zone, CertificateRecord record) {
    }
}
