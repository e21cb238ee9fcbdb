package com.techladder.registry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.batch.classification.RunInProgressException;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.SliceUsers;
import com.techladder.registry.system.WebSlice;

/**
 * The classification-runs API in a web slice, the launcher and the stored assessments stubbed: who may launch, the
 * problems for a missing year and for a run already in progress, and that no method changes a run's records. Runs
 * launched, followed and exported over the database are {@link ClassificationApiTest}'s.
 */
@WebSlice
class ClassificationRunWebTest {

    private static final int YEAR = 2025;
    private static final String OWN = "91350100M000100Y43";
    private static final RequestPostProcessor STAFF = SliceUsers.signedIn("cls-api-staff", Role.STAFF);
    private static final RequestPostProcessor ADMIN = SliceUsers.signedIn("cls-api-admin", Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    RunLauncher launcher;
    @Autowired
    Assessments assessments;
    @Autowired
    ResultsExport export;

    @Test
    void auditorsAndEnterprisesCannotLaunch() throws Exception {
        for (RequestPostProcessor user : List.of(SliceUsers.signedIn("cls-api-auditor", Role.AUDITOR),
                SliceUsers.enterprise(OWN, OWN, null))) {
            mvc.perform(launch().with(csrf()).with(user))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verify(launcher, never()).launch(anyInt());
    }

    @Test
    void aLaunchWhileAnotherRunHoldsTheLockIs409Problem() throws Exception {
        when(launcher.coverage(YEAR)).thenReturn(new DataCoverage(YEAR, 10, 0));
        when(launcher.launch(YEAR)).thenThrow(new RunInProgressException(null));
        mvc.perform(launch().with(csrf()).with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aLaunchWithoutAnAssessmentYearIs400WithTheField() throws Exception {
        mvc.perform(post("/api/v1/classification-runs").with(csrf()).with(STAFF)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessmentYear"));
        verify(launcher, never()).launch(anyInt());
    }

    /** The request carries its CSRF token, so a refusal is the API's, not the token check's. */
    @Test
    void nobodyCanAlterOrDeleteRecordsThroughTheApi() throws Exception {
        List<String> paths = List.of("/api/v1/classification-runs/1",
                "/api/v1/classification-runs/1/assessments/" + OWN,
                "/api/v1/classification-runs/1/results.csv",
                "/api/v1/enterprises/" + OWN + "/assessment");
        for (RequestPostProcessor user : List.of(STAFF, ADMIN)) {
            for (String path : paths) {
                for (MockHttpServletRequestBuilder request : List.of(put(path), patch(path), delete(path))) {
                    int status = mvc.perform(request.with(csrf()).with(user)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"eligibleTier\":\"NATIONAL_HTE\"}"))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as(request + " " + path).isIn(403, 405);
                }
            }
        }
        verifyNoInteractions(launcher, assessments, export);
    }

    private static MockHttpServletRequestBuilder launch() {
        return post("/api/v1/classification-runs").contentType(MediaType.APPLICATION_JSON)
                .content("{\"assessmentYear\": " + YEAR + "}");
    }
}
