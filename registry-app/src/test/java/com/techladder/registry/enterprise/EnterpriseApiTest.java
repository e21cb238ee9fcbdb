package com.techladder.registry.enterprise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.registry.testing.RegistryFixtures;

/**
 * {@code GET /api/v1/enterprises/{uscc}} over the database: the record as the registry reads it, years oldest first
 * with every column of the contract and nothing internal. Who may read it and the problems are
 * {@link EnterpriseWebTest}'s.
 */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseApiTest {

    private static final String OWN = RegistryFixtures.uscc(1);
    private static final String OTHER = RegistryFixtures.uscc(2);
    /** fiscal_year and the 38 other per-year columns of the enterprises CSV contract (37, then rd_expenditure_statistical). */
    private static final int FIGURES_PER_YEAR = 39;
    private static final RequestPostProcessor STAFF = user("ent-api-staff").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void registryWithTwoEnterprises() {
        RegistryFixtures fixtures = new RegistryFixtures(jdbc);
        fixtures.clearRegistry();
        long importId = fixtures.anImport();
        fixtures.enterprise(OWN, "福州测试科技有限公司", "350102", LocalDate.of(2016, 5, 10));
        fixtures.enterprise(OTHER, "<script>alert(1)</script>有限公司", "350181", LocalDate.of(2019, 1, 2));
        fixtures.year(OWN, 2024, 120, 30, "8000.0000", "450.5000", importId);
        fixtures.year(OWN, 2022, 100, 25, "6000", "300", importId);
        fixtures.year(OWN, 2023, 110, 28, "7000", "400", importId);
        fixtures.nationalHteCertificate(OWN, "GR202335000123", LocalDate.of(2023, 12, 1), importId);
    }

    @Test
    void staffReadsTheWholeRecordWithYearsOldestFirst() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + OWN).with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(OWN))
                .andExpect(jsonPath("$.name").value("福州测试科技有限公司"))
                .andExpect(jsonPath("$.district").value("350102"))
                .andExpect(jsonPath("$.districtName").value("鼓楼区"))
                .andExpect(jsonPath("$.inHitechZone").value(true))
                .andExpect(jsonPath("$.establishedOn").value("2016-05-10"))
                .andExpect(jsonPath("$.years[*].fiscalYear").value(Matchers.contains(2022, 2023, 2024)))
                .andExpect(jsonPath("$.years[2].employees").value(120))
                .andExpect(jsonPath("$.years[2].techStaff").value(30))
                .andExpect(jsonPath("$.years[2].revenue").value(8000))
                .andExpect(jsonPath("$.years[2].rdExpense").value(450.5))
                .andExpect(jsonPath("$.years[2].techField").value(1))
                .andExpect(jsonPath("$.years[2].aboveScale").value(true))
                .andExpect(jsonPath("$.years[2].ipClass1").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.years[2]", Matchers.hasKey("incomeTaxPayable")))
                .andExpect(jsonPath("$.years[2].rowHash").doesNotExist())
                .andExpect(jsonPath("$.years[2].sourceImportId").doesNotExist())
                .andExpect(jsonPath("$.certificates[0].programme").value("NATIONAL_HTE"))
                .andExpect(jsonPath("$.certificates[0].certificateNo").value("GR202335000123"))
                .andExpect(jsonPath("$.certificates[0].issuedOn").value("2023-12-01"))
                .andExpect(jsonPath("$.certificates[0].validUntil").value("2026-11-30"))
                .andExpect(jsonPath("$.certificates[0].revoked").value(false))
                .andExpect(jsonPath("$.certificates[0].batch").value("2023年第一批"));
    }

    @Test
    void everyYearCarriesEveryColumnOfTheContract() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + OWN).with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0]", Matchers.aMapWithSize(FIGURES_PER_YEAR)))
                .andExpect(jsonPath("$.years[0]", Matchers.hasKey("seriousDishonestyList")))
                .andExpect(jsonPath("$.years[0]", Matchers.hasKey("expertInnovationScore")))
                .andExpect(jsonPath("$.years[0]", Matchers.hasKey("rdExpenditureStatistical")));
    }

    @Test
    void anEnterpriseWithoutFiguresHasNoYearsAndItsNameAsStored() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + OTHER).with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("<script>alert(1)</script>有限公司"))
                .andExpect(jsonPath("$.years").isEmpty());
    }
}
