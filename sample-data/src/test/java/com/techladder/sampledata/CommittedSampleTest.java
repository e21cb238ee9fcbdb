package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample-data/enterprises.csv and certificates.csv: reproducible, clean and covering the ladder. */
class CommittedSampleTest {

    /** The arguments documented in sample-data/README.md. */
    private static final int ENTERPRISES = 2_000;
    private static final long SEED = 2025;
    private static final int LATEST_FISCAL_YEAR = 2024;
    private static final LocalDate ASSESSMENT_DAY = LocalDate.of(LATEST_FISCAL_YEAR + 1, 1, 1);
    private static final Path ENTERPRISES_CSV = Path.of("enterprises.csv");
    private static final Path CERTIFICATES_CSV = Path.of("certificates.csv");

    private static CsvTable enterpriseTable;
    private static List<SampleEnterprise> enterprises;
    private static List<Map<String, String>> certificates;

    @BeforeAll
    static void read() throws IOException {
        enterpriseTable = CsvTable.read(ENTERPRISES_CSV);
        enterprises = SampleEnterprise.group(enterpriseTable);
        certificates = CsvTable.read(CERTIFICATES_CSV).rows();
    }

    @Test
    void theDocumentedCommandRegeneratesTheFilesByteForByte(@TempDir Path directory) throws IOException {
        SampleDataGenerator.writeTo(directory, ENTERPRISES, SEED, LATEST_FISCAL_YEAR);
        assertThat(Files.mismatch(directory.resolve("enterprises.csv"), ENTERPRISES_CSV)).isEqualTo(-1);
        assertThat(Files.mismatch(directory.resolve("certificates.csv"), CERTIFICATES_CSV)).isEqualTo(-1);
    }

    @Test
    void headersAreTheContractsColumnsAndEveryRowIsClean() throws IOException {
        assertThat(enterpriseTable.header()).isEqualTo(ContractRowCheck.ENTERPRISE_COLUMNS);
        assertThat(CsvTable.read(CERTIFICATES_CSV).header()).isEqualTo(ContractRowCheck.CERTIFICATE_COLUMNS);
        LocalDate today = LocalDate.now();
        assertThat(enterpriseTable.rows()).allSatisfy(row ->
                assertThat(ContractRowCheck.enterpriseRow(row, today)).isEmpty());
        assertThat(certificates).allSatisfy(row -> assertThat(ContractRowCheck.certificateRow(row)).isEmpty());
    }

    @Test
    void aboutTwoThousandEnterprisesWithUniqueUsccsOverFiscalYears2022To2024() {
        assertThat(enterprises).hasSize(ENTERPRISES);
        Set<String> keys = new HashSet<>();
        for (Map<String, String> row : enterpriseTable.rows()) {
            assertThat(keys.add(row.get("uscc") + "|" + row.get("fiscal_year"))).isTrue();
        }
        assertThat(enterpriseTable.rows()).extracting(row -> row.get("fiscal_year"))
                .containsOnly("2022", "2023", "2024");
        assertThat(enterprises).allMatch(e -> ContractRowCheck.validUscc(e.uscc()));
    }

    @Test
    void everyDivisionTheHitechZoneAndAllEightFieldsOccur() {
        Set<String> districts = enterprises.stream().map(e -> divisionCode(e.text("district")))
                .collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(ContractRowCheck.DIVISIONS.keySet());
        expected.remove("350100"); // a registration authority, not a district where a firm is located
        assertThat(districts).isEqualTo(expected);
        assertThat(enterprises).anyMatch(e -> e.flag("in_hitech_zone"));
        assertThat(enterprises).anyMatch(e -> e.text("in_hitech_zone").isEmpty());
        Set<String> fields = enterprises.stream().map(e -> e.text("tech_field")).filter(f -> !f.isEmpty())
                .map(f -> f.matches("[1-8]") ? ContractRowCheck.TECH_FIELDS.get(Integer.parseInt(f) - 1) : f)
                .collect(Collectors.toSet());
        assertThat(fields).containsExactlyInAnyOrderElementsOf(ContractRowCheck.TECH_FIELDS);
        assertThat(enterprises).anyMatch(e -> e.uscc().startsWith("91350182"));
        assertThat(enterprises).anyMatch(e -> e.text("name").contains(","))
                .anyMatch(e -> e.text("name").contains("\""));
    }

    @Test
    void everyRungOfTheLadderIsReached() {
        assertThat(count(LadderCheck::techSmeByScore)).isGreaterThan(300);
        for (String directPath : List.of("national_award_top3", "provincial_rd_institution", "led_standard")) {
            assertThat(count(e -> LadderCheck.techSmeConditions(e) && e.flag(directPath)
                    && LadderCheck.techSmeScore(e) < 60)).as(directPath).isGreaterThan(10);
        }
        assertThat(count(e -> LadderCheck.techSmeConditions(e) && holdsValidNationalCertificate(e.uscc())))
                .as("科小 direct path 1: a valid 高企 certificate").isGreaterThan(10);
        assertThat(count(e -> LadderCheck.nationalHte(e, ASSESSMENT_DAY))).isGreaterThan(80);
        assertThat(count(e -> LadderCheck.nationalHte(e, ASSESSMENT_DAY) && !holds(e.uscc(), "NATIONAL_HTE")))
                .as("eligible but not certified: the pipeline").isGreaterThan(10);
        assertThat(count(LadderCheck::littleGiant)).isGreaterThan(30);
        Set<String> inFile = enterprises.stream().map(SampleEnterprise::uscc).collect(Collectors.toSet());
        for (String programme : List.of("TECH_SME", "PROVINCIAL_HTE", "NATIONAL_HTE", "LITTLE_GIANT")) {
            assertThat(certificates).filteredOn(c -> programme.equals(c.get("programme")) && inFile.contains(c.get("uscc")))
                    .as(programme).hasSizeGreaterThan(40);
        }
    }

    @Test
    void valuesSitExactlyOnEveryBandBoundary() {
        for (String ratio : List.of("0.1", "0.15", "0.2", "0.25", "0.3")) {
            assertThat(enterprises).as("科技人员 %s", ratio)
                    .anyMatch(e -> e.staffRatio().compareTo(new BigDecimal(ratio)) == 0);
        }
        for (String ratio : List.of("0.02", "0.03", "0.04", "0.05", "0.06")) {
            assertThat(enterprises).as("R&D / sales %s", ratio).anyMatch(e ->
                    new BigDecimal(ratio).compareTo(SampleEnterprise.ratio(e.amount("rd_expense"), e.amount("revenue"))) == 0);
        }
        assertThat(enterprises).anyMatch(e -> e.amount("revenue").compareTo(new BigDecimal("5000")) == 0);
        assertThat(enterprises).anyMatch(e -> e.amount("revenue").compareTo(new BigDecimal("20000")) == 0);
        assertThat(enterprises).as("小巨人 exactly at its sales threshold")
                .anyMatch(e -> LadderCheck.littleGiant(e) && e.amount("revenue").compareTo(new BigDecimal("2000")) == 0);
        assertThat(enterprises).anyMatch(e -> e.amount("total_assets").compareTo(new BigDecimal("20000")) == 0);
        assertThat(enterprises).anyMatch(e -> e.count("employees") == 500);
        assertThat(enterprises).anyMatch(e -> e.count("employees") == 501);
        assertThat(enterprises).anyMatch(e -> LadderCheck.techSmeConditions(e) && LadderCheck.techSmeScore(e) == 60);
        assertThat(enterprises).anyMatch(e -> e.count("expert_innovation_score") == 70
                && !e.text("expert_innovation_score").isEmpty());
        assertThat(enterprises).anyMatch(e -> e.amount("net_assets") != null && e.amount("net_assets").signum() < 0);
    }

    @Test
    void exclusionsYoungFirmsMissingDataGrowthAndDeclineOccur() {
        for (String flag : List.of("major_safety_incident", "major_quality_incident", "serious_env_violation",
                "research_misconduct", "serious_fraud", "abnormal_operation_list", "serious_dishonesty_list",
                "restricted_industry")) {
            assertThat(count(e -> e.flag(flag))).as(flag).isGreaterThan(3);
        }
        assertThat(count(e -> "false".equals(e.text("audited_tax_method")))).isGreaterThan(3);
        assertThat(count(e -> e.years().size() == 1 && e.establishedOn().getYear() == LATEST_FISCAL_YEAR))
                .as("younger than a year").isGreaterThan(10);
        assertThat(count(e -> e.years().size() == 2)).as("two years old").isGreaterThan(10);
        for (String optional : List.of("total_income", "hitech_revenue", "total_liabilities", "ip_class1",
                "tech_field", "rd_mgmt_system", "major_safety_incident")) {
            assertThat(count(e -> e.text(optional).isEmpty())).as("missing %s", optional).isGreaterThan(5);
        }
        assertThat(count(e -> e.years().size() == 3 && increasing(e, 1))).as("growth").isGreaterThan(100);
        assertThat(count(e -> e.years().size() == 3 && increasing(e, -1))).as("decline").isGreaterThan(100);
    }

    @Test
    void certificatesCoverExpiredRevokedExpiringAndUnknownEnterprises() {
        Set<String> inFile = enterprises.stream().map(SampleEnterprise::uscc).collect(Collectors.toSet());
        List<Map<String, String>> national = certificates.stream()
                .filter(c -> "NATIONAL_HTE".equals(c.get("programme"))).toList();
        assertThat(national).anyMatch(c -> nationalValidUntil(c).isBefore(ASSESSMENT_DAY));
        assertThat(national).anyMatch(c -> !nationalValidUntil(c).isBefore(ASSESSMENT_DAY)
                && nationalValidUntil(c).isBefore(ASSESSMENT_DAY.plusYears(1)));
        assertThat(national).anyMatch(c -> "true".equals(c.get("revoked")));
        assertThat(national).allMatch(c -> c.get("issued_on").substring(5, 7).equals("12"));
        assertThat(certificates).anyMatch(c -> "TECH_SME".equals(c.get("programme"))
                && c.get("certificate_no").startsWith(String.valueOf(LATEST_FISCAL_YEAR + 1)));
        assertThat(certificates).filteredOn(c -> !inFile.contains(c.get("uscc"))).hasSizeBetween(3, 20);
    }

    private static long count(Predicate<SampleEnterprise> predicate) {
        return enterprises.stream().filter(predicate).count();
    }

    private static boolean increasing(SampleEnterprise e, int direction) {
        for (int i = 1; i < e.years().size(); i++) {
            BigDecimal before = SampleEnterprise.amount(e.years().get(i - 1), "revenue");
            BigDecimal after = SampleEnterprise.amount(e.years().get(i), "revenue");
            if (after.compareTo(before) != direction) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(String uscc, String programme) {
        return certificates.stream().anyMatch(c -> uscc.equals(c.get("uscc")) && programme.equals(c.get("programme")));
    }

    private static boolean holdsValidNationalCertificate(String uscc) {
        return certificates.stream().anyMatch(c -> uscc.equals(c.get("uscc"))
                && "NATIONAL_HTE".equals(c.get("programme")) && !"true".equals(c.get("revoked"))
                && !nationalValidUntil(c).isBefore(ASSESSMENT_DAY));
    }

    /** The contract's default when valid_until is empty: issued_on + 3 years − 1 day. */
    private static LocalDate nationalValidUntil(Map<String, String> certificate) {
        String until = certificate.get("valid_until");
        return until.isEmpty() ? LocalDate.parse(certificate.get("issued_on")).plusYears(3).minusDays(1)
                : LocalDate.parse(until);
    }

    private static String divisionCode(String district) {
        return ContractRowCheck.DIVISIONS.entrySet().stream()
                .filter(d -> d.getKey().equals(district) || d.getValue().equals(district))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
