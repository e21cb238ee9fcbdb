package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {

    private static final int ENTERPRISES = 3_000;
    private static final long SEED = 99;
    private static final int LATEST_FISCAL_YEAR = 2024;

    private static String enterprisesCsv;
    private static String certificatesCsv;
    private static GenerationCounts counts;
    private static CsvTable enterpriseTable;
    private static CsvTable certificateTable;

    @BeforeAll
    static void generate() throws IOException {
        StringWriter enterprises = new StringWriter();
        StringWriter certificates = new StringWriter();
        counts = SampleDataGenerator.write(enterprises, certificates, ENTERPRISES, SEED, LATEST_FISCAL_YEAR);
        enterprisesCsv = enterprises.toString();
        certificatesCsv = certificates.toString();
        enterpriseTable = CsvTable.parse(enterprisesCsv);
        certificateTable = CsvTable.parse(certificatesCsv);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        StringWriter enterprises = new StringWriter();
        StringWriter certificates = new StringWriter();
        SampleDataGenerator.write(enterprises, certificates, ENTERPRISES, SEED, LATEST_FISCAL_YEAR);
        assertThat(enterprises.toString()).isEqualTo(enterprisesCsv);
        assertThat(certificates.toString()).isEqualTo(certificatesCsv);

        StringWriter otherEnterprises = new StringWriter();
        SampleDataGenerator.write(otherEnterprises, new StringWriter(), ENTERPRISES, SEED + 1, LATEST_FISCAL_YEAR);
        assertThat(otherEnterprises.toString()).isNotEqualTo(enterprisesCsv);
    }

    @Test
    void aPrefixOfThePopulationIsTheSmallerPopulation() throws IOException {
        StringWriter enterprises = new StringWriter();
        SampleDataGenerator.write(enterprises, new StringWriter(), 500, SEED, LATEST_FISCAL_YEAR);
        assertThat(enterprisesCsv).startsWith(enterprises.toString());
    }

    @Test
    void headersAreTheContractsColumnsInOrder() throws IOException {
        assertThat(enterpriseTable.header()).isEqualTo(ContractRowCheck.ENTERPRISE_COLUMNS);
        assertThat(certificateTable.header()).isEqualTo(ContractRowCheck.CERTIFICATE_COLUMNS);
        assertThat(CsvColumns.ENTERPRISES).isEqualTo(ContractRowCheck.ENTERPRISE_COLUMNS);
        assertThat(CsvColumns.CERTIFICATES).isEqualTo(ContractRowCheck.CERTIFICATE_COLUMNS);
    }

    @Test
    void theCountsAreTheRowsWritten() throws IOException {
        assertThat(counts.enterprises()).isEqualTo(ENTERPRISES);
        assertThat(counts.enterpriseRows()).isEqualTo(enterpriseTable.rows().size());
        assertThat(SampleEnterprise.group(enterpriseTable)).hasSize(ENTERPRISES);
        assertThat(counts.certificateRows()).isEqualTo(certificateTable.rows().size());
    }

    @Test
    void everyRowKeepsTheContractsRowRules() throws IOException {
        LocalDate today = LocalDate.now();
        for (Map<String, String> row : enterpriseTable.rows()) {
            assertThat(ContractRowCheck.enterpriseRow(row, today)).isEmpty();
        }
        for (Map<String, String> row : certificateTable.rows()) {
            assertThat(ContractRowCheck.certificateRow(row)).isEmpty();
            if (row.get("programme").equals("NATIONAL_HTE")) {
                assertThat(row.get("certificate_no")).matches(ContractRowCheck.NATIONAL_NUMBER);
            }
        }
    }

    @Test
    void keysAreUniqueAndEveryEnterpriseHasConsecutiveYearsEndingInTheLatest() throws IOException {
        List<SampleEnterprise> enterprises = SampleEnterprise.group(enterpriseTable);
        for (SampleEnterprise e : enterprises) {
            List<Integer> years = e.years().stream().map(row -> Integer.parseInt(row.get("fiscal_year"))).toList();
            assertThat(years.get(years.size() - 1)).isEqualTo(LATEST_FISCAL_YEAR);
            assertThat(years.get(0)).isGreaterThanOrEqualTo(LATEST_FISCAL_YEAR - 2);
            for (int i = 1; i < years.size(); i++) {
                assertThat(years.get(i)).isEqualTo(years.get(i - 1) + 1);
            }
        }
        Set<String> certificateKeys = new HashSet<>();
        for (Map<String, String> row : certificateTable.rows()) {
            String number = row.get("certificate_no");
            String key = row.get("uscc") + "|" + row.get("programme") + "|"
                    + (number.isEmpty() ? row.get("issued_on") : number);
            assertThat(certificateKeys.add(key)).as("certificate key %s", key).isTrue();
        }
    }

    @Test
    void namesWithCommasAndQuotesSurviveAStandardCsvReader() throws IOException {
        List<String> names = enterpriseTable.rows().stream().map(row -> row.get("name")).toList();
        assertThat(names).anyMatch(name -> name.contains(","));
        assertThat(names).anyMatch(name -> name.contains("\""));
    }

    @Test
    void writesBothFilesIntoADirectory(@TempDir Path directory) throws IOException {
        GenerationCounts written = SampleDataGenerator.writeTo(directory.resolve("gen"), 200, SEED, LATEST_FISCAL_YEAR);
        Path enterprises = directory.resolve("gen").resolve(SampleDataGenerator.ENTERPRISES_FILE);
        assertThat(Files.readAllLines(enterprises)).hasSize((int) written.enterpriseRows() + 1);
        assertThat(Files.readString(enterprises)).isEqualTo(enterprisesCsv.substring(0, Files.readString(enterprises).length()));
    }

    @Test
    void refusesAFiscalYearThatHasNotEndedAndANegativeCount() {
        int thisYear = Year.now().getValue();
        assertThatThrownBy(() -> SampleDataGenerator.write(new StringWriter(), new StringWriter(), 10, SEED, thisYear))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latest fiscal year");
        assertThatThrownBy(() -> SampleDataGenerator.write(new StringWriter(), new StringWriter(), -1, SEED, 2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enterprises");
    }
}
