package com.techladder.registry.enterprise;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.registry.security.Role;
import com.techladder.registry.security.SliceUsers;
import com.techladder.registry.system.WebSlice;
import com.techladder.registry.testing.RegistryFixtures;

/**
 * {@code GET /api/v1/enterprises/{uscc}} in a web slice, the registry stubbed: who may read a record, and the problems
 * for an unknown or an invalid USCC. What the record holds, read from the database, is {@link EnterpriseApiTest}'s.
 */
@WebSlice
class EnterpriseWebTest {

    private static final String OWN = RegistryFixtures.uscc(1);
    private static final String OTHER = RegistryFixtures.uscc(2);
    private static final String ABSENT = RegistryFixtures.uscc(3);
    private static final String MARKUP_NAME = "<script>alert(1)</script>有限公司";
    private static final RequestPostProcessor OWN_ACCOUNT = SliceUsers.enterprise(OWN, OWN, "福州测试科技有限公司");

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseRecords records;

    @BeforeEach
    void registryWithTwoEnterprises() {
        when(records.find(OWN)).thenReturn(Optional.of(record(OWN, "福州测试科技有限公司")));
        when(records.find(OTHER)).thenReturn(Optional.of(record(OTHER, MARKUP_NAME)));
        when(records.find(ABSENT)).thenReturn(Optional.empty());
    }

    @Test
    void staffAuditorsAndAdminsReadAnyRecord() throws Exception {
        for (Role role : List.of(Role.STAFF, Role.AUDITOR, Role.ADMIN)) {
            mvc.perform(get("/api/v1/enterprises/" + OTHER).with(SliceUsers.signedIn("ent-api", role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.uscc").value(OTHER))
                    .andExpect(jsonPath("$.name").value(MARKUP_NAME))
                    .andExpect(jsonPath("$.establishedOn").value("2016-05-10"))
                    .andExpect(jsonPath("$.years[0].fiscalYear").value(2024));
        }
    }

    @Test
    void anEnterpriseReadsItsOwnRecordWhateverTheCaseOfTheUscc() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + OWN.toLowerCase()).with(OWN_ACCOUNT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(OWN));
    }

    @Test
    void anEnterpriseIsRefusedAnotherRecordWhetherItExistsOrNotBeforeAnyLookup() throws Exception {
        for (String uscc : List.of(OTHER, ABSENT)) {
            mvc.perform(get("/api/v1/enterprises/" + uscc).with(OWN_ACCOUNT))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.name").doesNotExist())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("script"))));
        }
        verify(records, never()).find(anyString());
    }

    @Test
    void policyOfficersHaveNoRecordsToRead() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + OWN).with(SliceUsers.signedIn("officer", Role.POLICY_OFFICER)))
                .andExpect(status().isForbidden());
        verify(records, never()).find(anyString());
    }

    @Test
    void anonymousCallersGet401() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + OWN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnknownEnterpriseIs404Problem() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + ABSENT).with(user("ent-api-staff").roles("STAFF")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(ABSENT)));
    }

    @Test
    void anInvalidUsccIs400WithTheFieldNamed() throws Exception {
        String wrongCheckDigit = "91350100M000100Y44";
        mvc.perform(get("/api/v1/enterprises/" + wrongCheckDigit).with(user("ent-api-staff").roles("STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].message").value("校验码错误：第18位应为“3”，实际为“4”"));
        mvc.perform(get("/api/v1/enterprises/" + wrongCheckDigit).param("lang", "en")
                        .with(user("ent-api-staff").roles("STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Wrong check character: the 18th should be “3”, it is “4”"));
        verify(records, never()).find(anyString());
    }

    private static EnterpriseRecord record(String uscc, String name) {
        return new EnterpriseRecord(uscc, name, "350102", "鼓楼区", true, LocalDate.of(2016, 5, 10), 2024,
                List.of(Map.of("fiscalYear", 2024)), List.of());
    }
}
