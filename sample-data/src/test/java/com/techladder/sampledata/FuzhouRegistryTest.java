package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's first-start registry tells Fuzhou's story: the published counts of docs/policy/doubling-plan.md
 * (national 高企 2,057 at the end of 2020, 3,759 in 2022, 4,678 in 2024; 2,437 科小 registered in 2022; the 4,000 target
 * for 2025), with the assumptions of sample-data/README.md for what is not published.
 */
class FuzhouRegistryTest {

    /** "Near the published figure": within 3%. */
    private static final double NEAR = 0.03;

    @TempDir
    static Path directory;
    private static GenerationCounts counts;
    private static CsvTable enterprises;
    private static List<Map<String, String>> certificates;
    private static Map<String, Map<String, String>> enterpriseByUscc;

    @BeforeAll
    static void generate() throws IOException {
        counts = FuzhouRegistry.writeTo(directory);
        enterprises = CsvTable.read(directory.resolve(SampleDataGenerator.ENTERPRISES_FILE));
        certificates = CsvTable.read(directory.resolve(SampleDataGenerator.CERTIFICATES_FILE)).rows();
        enterpriseByUscc = new HashMap<>();
        enterprises.rows().forEach(row -> enterpriseByUscc.put(row.get("uscc"), row));
    }

    @Test
    void theFuzhouRegistryHoldsAbout2057National高企AtTheEndOf2020() {
        assertNear(holdersOn("NATIONAL_HTE", 2020).size(), 2_057);
    }

    @Test
    void itHoldsAbout3759National高企AtTheEndOf2022AndAbout4678AtTheEndOf2024() {
        assertNear(holdersOn("NATIONAL_HTE", 2022).size(), 3_759);
        assertNear(holdersOn("NATIONAL_HTE", 2024).size(), 4_678);
    }

    @Test
    void theCountGrowsEveryYearAndPassesThe2025TargetOf4000() {
        int previous = 0;
        for (int year = 2018; year <= 2025; year++) {
            int count = holdersOn("NATIONAL_HTE", year).size();
            assertThat(count).as("national 高企 at the end of %d", year).isGreaterThan(previous);
            previous = count;
        }
        assertThat(previous).isGreaterThan(4_000);
    }

    @Test
    void about2437科技型中小企业AreRegisteredIn2022AndMoreEachYearSince2020() {
        assertNear(holdersOn("TECH_SME", 2022).size(), 2_437);
        int previous = 0;
        for (int year = 2020; year <= 2025; year++) {
            int count = holdersOn("TECH_SME", year).size();
            assertThat(count).as("科小 in %d", year).isGreaterThan(previous);
            previous = count;
        }
    }

    @Test
    void nationalCertificatesComeFromTheDecemberBatchesOf2017On_renewedEveryThreeYears_someLapsed_aFewRevoked() {
        List<Map<String, String>> national = programme("NATIONAL_HTE");
        assertThat(national).allSatisfy(row -> {
            LocalDate issued = LocalDate.parse(row.get("issued_on"));
            assertThat(issued.getMonth()).isEqualTo(Month.DECEMBER);
            assertThat(issued.getYear()).isBetween(2017, 2025);
            assertThat(row.get("certificate_no")).startsWith("GR" + issued.getYear() + "35");
        });
        Map<String, List<Integer>> yearsByFirm = national.stream().collect(Collectors.groupingBy(row -> row.get("uscc"),
                Collectors.mapping(row -> LocalDate.parse(row.get("issued_on")).getYear(), Collectors.toList())));
        long renewed = yearsByFirm.values().stream().filter(years -> years.size() > 1).count();
        long lapsed = yearsByFirm.values().stream().filter(years -> years.stream().allMatch(y -> y <= 2022)).count();
        assertThat(yearsByFirm.values()).allSatisfy(years -> {
            List<Integer> sorted = years.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i) - sorted.get(i - 1)).as("renewal after three years").isEqualTo(3);
            }
        });
        long revoked = national.stream().filter(row -> "true".equals(row.get("revoked"))).count();
        assertThat(renewed).isGreaterThan(1_000);
        assertThat(lapsed).as("certified once, not renewed").isBetween(1_500L, 2_100L);
        assertThat((double) revoked / national.size()).isBetween(0.003, 0.02);
    }

    @Test
    void the高新区HoldsAboutThePlansAssumed500National高企In2020() {
        long inZone = holdersOn("NATIONAL_HTE", 2020).stream()
                .filter(uscc -> "true".equals(enterpriseByUscc.getOrDefault(uscc, Map.of()).get("in_hitech_zone")))
                .count();
        assertThat(inZone).isBetween(425L, 575L);
    }

    @Test
    void districtsFollowTheAssumedBaseSplitOfV40_鼓楼First() {
        Map<String, Integer> base = Map.ofEntries(Map.entry("350102", 450), Map.entry("350103", 150),
                Map.entry("350104", 330), Map.entry("350105", 230), Map.entry("350111", 210),
                Map.entry("350112", 120), Map.entry("350121", 260), Map.entry("350122", 50),
                Map.entry("350123", 25), Map.entry("350124", 22), Map.entry("350125", 20),
                Map.entry("350181", 190));
        Set<String> holders = holdersOn("NATIONAL_HTE", 2020);
        Map<String, Long> byDistrict = holders.stream().filter(enterpriseByUscc::containsKey)
                .collect(Collectors.groupingBy(uscc -> districtCode(enterpriseByUscc.get(uscc).get("district")),
                        Collectors.counting()));
        assertThat(byDistrict.keySet()).containsAll(base.keySet());
        base.forEach((district, count) -> assertThat(byDistrict.get(district) / (double) holders.size())
                .as("share of district %s", district).isCloseTo(count / 2_057.0, within(0.025)));
        assertThat(byDistrict.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("350102");
    }

    @Test
    void aFewHundred小巨人AndAProvincialPoolThatGrows() {
        Set<String> littleGiants = programme("LITTLE_GIANT").stream().map(row -> row.get("uscc"))
                .collect(Collectors.toSet());
        assertThat(littleGiants.size()).isBetween(100, 300);
        assertThat(holdersOn("PROVINCIAL_HTE", 2025).size()).isGreaterThan(holdersOn("PROVINCIAL_HTE", 2020).size())
                .isGreaterThan(2_000);
    }

    @Test
    void everyRowKeepsTheContractsRowRulesAndTheCountsAreTheRowsWritten() {
        LocalDate today = LocalDate.now();
        assertThat(counts.enterprises()).isEqualTo(FuzhouRegistry.ENTERPRISES);
        assertThat(counts.enterpriseRows()).isEqualTo(enterprises.rows().size());
        assertThat(counts.certificateRows()).isEqualTo(certificates.size());
        assertThat(enterprises.rows()).allSatisfy(row -> assertThat(ContractRowCheck.enterpriseRow(row, today)).isEmpty());
        assertThat(certificates).allSatisfy(row -> assertThat(ContractRowCheck.certificateRow(row)).isEmpty());
        Set<String> keys = new HashSet<>();
        for (Map<String, String> row : certificates) {
            String number = row.get("certificate_no");
            assertThat(keys.add(row.get("uscc") + "|" + row.get("programme") + "|"
                    + (number.isEmpty() ? row.get("issued_on") : number))).isTrue();
        }
    }

    @Test
    void readmesDemoEnterpriseIsANational高企In鼓楼RenewedIn2024() {
        String demo = "91350102MA5208C141";
        assertThat(enterpriseByUscc.get(demo)).containsEntry("name", "福州东泰无人机科技有限公司")
                .containsEntry("district", "350102");
        assertThat(holdersOn("NATIONAL_HTE", 2025)).contains(demo);
        assertThat(programme("NATIONAL_HTE")).filteredOn(row -> demo.equals(row.get("uscc")))
                .extracting(row -> row.get("issued_on").substring(0, 4)).containsExactly("2021", "2024");
    }

    @Test
    void everyFirstStartHoldsTheSameRegistry(@TempDir Path again) throws IOException {
        FuzhouRegistry.writeTo(again);
        for (String file : List.of(SampleDataGenerator.ENTERPRISES_FILE, SampleDataGenerator.CERTIFICATES_FILE)) {
            assertThat(Files.mismatch(directory.resolve(file), again.resolve(file))).isEqualTo(-1L);
        }
    }

    private static void assertNear(int actual, int published) {
        assertThat((double) actual).isCloseTo(published, within(published * NEAR));
    }

    private static List<Map<String, String>> programme(String programme) {
        return certificates.stream().filter(row -> programme.equals(row.get("programme"))).toList();
    }

    /** Firms holding a valid entry on 31 December of {@code year}, as the dashboard counts them (docs/contracts). */
    private static Set<String> holdersOn(String programme, int year) {
        LocalDate day = LocalDate.of(year, 12, 31);
        return programme(programme).stream().filter(row -> validOn(row, day)).map(row -> row.get("uscc"))
                .collect(Collectors.toSet());
    }

    private static boolean validOn(Map<String, String> row, LocalDate day) {
        LocalDate issued = LocalDate.parse(row.get("issued_on"));
        LocalDate until = row.get("valid_until").isEmpty() ? defaultValidUntil(row.get("programme"), issued)
                : LocalDate.parse(row.get("valid_until"));
        boolean revokedBy = "true".equals(row.get("revoked"))
                && (row.get("revoked_on").isEmpty() || !LocalDate.parse(row.get("revoked_on")).isAfter(day));
        return !issued.isAfter(day) && (until == null || !until.isBefore(day)) && !revokedBy;
    }

    private static LocalDate defaultValidUntil(String programme, LocalDate issued) {
        return switch (programme) {
            case "NATIONAL_HTE" -> issued.plusYears(3).minusDays(1);
            case "TECH_SME" -> LocalDate.of(issued.getYear(), 12, 31);
            default -> null;
        };
    }

    private static String districtCode(String district) {
        return ContractRowCheck.DIVISIONS.containsKey(district) ? district
                : ContractRowCheck.DIVISIONS.entrySet().stream().filter(e -> e.getValue().equals(district))
                        .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
