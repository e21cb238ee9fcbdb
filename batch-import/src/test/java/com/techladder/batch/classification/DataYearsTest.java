package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which assessment year the registry's figures are for, and how much of the registry a year has figures for — the
 * sample's counts worked out from its profiles, not from the tables {@link DataYears} reads.
 */
@DatabaseSpecific
@SpringBootTest
class DataYearsTest {

    private static final ZoneId FUZHOU = ZoneId.of("Asia/Shanghai");
    private static List<EnterpriseProfile> sample;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataYears dataYears;

    @BeforeAll
    static void readSample() throws Exception {
        sample = SampleRegistry.profiles();
    }

    @BeforeEach
    void loadSample() {
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, sample);
    }

    @Test
    void theDataYearIsTheNewestFiscalYearPlusOne() {
        int newest = sample.stream().flatMap(p -> p.years().stream()).mapToInt(AccountingYear::fiscalYear).max()
                .orElseThrow();
        assertThat(dataYears.newestFiscalYear()).contains(newest);
        assertThat(dataYears.dataYear(FUZHOU)).isEqualTo(newest + 1);
    }

    @Test
    void withoutFiguresTheDataYearIsTheCalendarYear() {
        SampleRegistry.clear(jdbc);
        assertThat(dataYears.newestFiscalYear()).isEmpty();
        assertThat(dataYears.dataYear(FUZHOU)).isEqualTo(Year.now(FUZHOU).getValue());
    }

    @Test
    void theCoverageOfAYearCountsTheEnterprisesWithoutTheYearBefore() {
        int newest = dataYears.dataYear(FUZHOU) - 1;
        for (int assessmentYear : List.of(newest, newest + 1, newest + 2)) {
            long without = sample.stream()
                    .filter(p -> p.years().stream().noneMatch(y -> y.fiscalYear() == assessmentYear - 1)).count();
            assertThat(dataYears.coverage(assessmentYear))
                    .isEqualTo(new DataCoverage(assessmentYear, sample.size(), (int) without));
        }
        assertThat(dataYears.coverage(newest + 2).mostlyWithoutData()).isTrue();
        assertThat(dataYears.coverage(newest + 1).mostlyWithoutData()).isFalse();
    }
}
