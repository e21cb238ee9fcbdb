package com.techladder.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;
import com.techladder.batch.text.Message;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.registry.testing.RegistryFixtures;

/** The Imports API end to end: upload → job → status → rejections report → the registry record. */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiTest {

    private static final String PASSWORD = "import-api-test";
    private static final String STAFF = "import-api-staff";
    private static final String GOOD = RegistryFixtures.uscc(101);
    private static final String ALSO_GOOD = RegistryFixtures.uscc(102);
    private static final String HEADER = "uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,"
            + "total_assets,rd_expense\n";
    /** Lines 2–3 valid; line 4 breaks two rules (tech_staff > employees is one, an unknown district the other). */
    private static final String ENTERPRISES = HEADER
            + GOOD + ",\"福州甲科技有限公司, 仓山\",350104,2016-05-10,2024,120,30,\"8,000.5\",6000,450\n"
            + ALSO_GOOD + ",福州乙科技有限公司,鼓楼区,2018/03/01,2024,50,10,900,700,60\n"
            + RegistryFixtures.uscc(103) + ",福州丙科技有限公司,北京市,2019-01-01,2024,10,20,100,100,5\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void emptyRegistryAndAccounts() {
        new RegistryFixtures(jdbc).clearRegistry();
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'import-api-%'");
        accounts.create(STAFF, PASSWORD, Role.STAFF, null);
        accounts.create("import-api-admin", PASSWORD, Role.ADMIN, null);
        accounts.create("import-api-auditor", PASSWORD, Role.AUDITOR, null);
        accounts.create("import-api-enterprise", PASSWORD, Role.ENTERPRISE, GOOD);
    }

    @Test
    void anUploadIsImportedReportedAndVisibleInTheRegistry() throws Exception {
        String body = mvc.perform(upload("enterprises", ENTERPRISES, StandardCharsets.UTF_8)
                        .with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.importId").isString())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/imports/")))
                .andReturn().getResponse().getContentAsString();
        String importId = JsonPath.read(body, "$.importId");

        awaitFinished(importId);
        mvc.perform(get("/api/v1/imports/" + importId).with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importId").value(importId))
                .andExpect(jsonPath("$.kind").value("enterprises"))
                .andExpect(jsonPath("$.fileName").value("enterprises.csv"))
                .andExpect(jsonPath("$.sha256").value(Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.read").value(3))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.warnings").value(0))
                .andExpect(jsonPath("$.startedBy").value(STAFF));

        String report = mvc.perform(get("/api/v1/imports/" + importId + "/rejections.csv")
                        .with(httpBasic("import-api-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFline,column,value,reason");
        assertThat(report.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("4,"));
        // line, column (its CSV name), value and the broken rule, in Chinese unless the caller asks for English
        assertThat(report.lines()).contains("4,district,北京市,不是福州市的区县：应为6位行政区划代码（如 350102）或区县名称（如 鼓楼区）",
                "4,tech_staff,20,科技人员数（20）不能大于职工总数（10）");
        String english = mvc.perform(get("/api/v1/imports/" + importId + "/rejections.csv").param("lang", "en")
                        .with(httpBasic("import-api-admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english.lines()).contains("4,district,北京市,Not a district of Fuzhou: use its 6-digit division code "
                + "(e.g. 350102) or its name (e.g. 鼓楼区)", "4,tech_staff,20,Technology staff (20) cannot exceed the "
                + "employees (10)");
        // what the import stored is the rule's code, in no reader's language
        assertThat(jdbc.queryForList("SELECT reason FROM import_issue WHERE import_id = ?", String.class,
                Long.parseLong(importId))).containsExactlyInAnyOrder(Message.of("import.text.district").stored(),
                        Message.of("import.text.techStaffAboveEmployees", 20, 10).stored());

        mvc.perform(get("/api/v1/enterprises/" + GOOD).with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("福州甲科技有限公司, 仓山"))
                .andExpect(jsonPath("$.districtName").value("仓山区"))
                .andExpect(jsonPath("$.years[0].fiscalYear").value(2024))
                .andExpect(jsonPath("$.years[0].revenue").value(8000.5));

        // the upload is in the audit log: who, which file, which import (whose result the audit page reads)
        mvc.perform(get("/api/v1/audit-log").param("action", "IMPORT_UPLOADED").param("limit", "1")
                        .with(httpBasic("import-api-auditor", PASSWORD)))
                .andExpect(jsonPath("$[0].username").value(STAFF))
                .andExpect(jsonPath("$[0].target").value("import/" + importId))
                .andExpect(jsonPath("$[0].details.fileName").value("enterprises.csv"))
                .andExpect(jsonPath("$[0].details.kind").value("enterprises"));
    }

    @Test
    void aRefusedFileIsInTheAuditLogWithItsReason() throws Exception {
        mvc.perform(upload("enterprises", "统一社会信用代码,企业名称\n", StandardCharsets.UTF_8)
                        .with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit-log").param("action", "IMPORT_REFUSED").param("limit", "1")
                        .with(httpBasic("import-api-auditor", PASSWORD)))
                .andExpect(jsonPath("$[0].username").value(STAFF))
                .andExpect(jsonPath("$[0].details.fileName").value("enterprises.csv"))
                .andExpect(jsonPath("$[0].details.reason").value(Matchers.startsWith("缺少必填列：district (所属区县)")))
                .andExpect(jsonPath("$[0].details.reasonCode").value("import.text.missingColumns"))
                .andExpect(jsonPath("$[0].details.reasonArgs[0]").value(Matchers.startsWith("district (所属区县)")));
        mvc.perform(get("/api/v1/audit-log").param("action", "IMPORT_REFUSED").param("limit", "1").param("lang", "en")
                        .with(httpBasic("import-api-auditor", PASSWORD)))
                .andExpect(jsonPath("$[0].details.reason")
                        .value(Matchers.startsWith("Required columns missing: district (所属区县)")));
        // stored as the message it is: a code and its arguments, no separator characters inside a JSON string
        assertThat(jdbc.queryForObject("SELECT details FROM audit_log WHERE action = 'IMPORT_REFUSED' ORDER BY id DESC"
                + " FETCH FIRST 1 ROWS ONLY", String.class))
                .contains("\"reason\":{\"code\":\"import.text.missingColumns\",\"args\":[").doesNotContain("\\u001f");
    }

    @Test
    void aGb18030FileWithTheEncodingGivenIsRead() throws Exception {
        String body = mvc.perform(upload("enterprises", ENTERPRISES, Charset.forName("GB18030"))
                        .param("encoding", "GB18030").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        awaitFinished(JsonPath.read(body, "$.importId"));
        mvc.perform(get("/api/v1/enterprises/" + ALSO_GOOD).with(httpBasic(STAFF, PASSWORD)))
                .andExpect(jsonPath("$.name").value("福州乙科技有限公司"));
    }

    @Test
    void everyBrokenParameterIsListed() throws Exception {
        mvc.perform(multipart("/api/v1/imports").param("kind", "people").param("encoding", "latin-1")
                        .with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("kind", "encoding", "file")));
    }

    @Test
    void aFileLevelErrorIsRefusedAtOnceAndWritesNothing() throws Exception {
        String noUsccColumn = "name,district,established_on,fiscal_year,employees,tech_staff,revenue,total_assets,"
                + "rd_expense\n福州甲科技有限公司,350104,2016-05-10,2024,120,30,8000,6000,450\n";
        mvc.perform(upload("enterprises", noUsccColumn, StandardCharsets.UTF_8).with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("uscc")))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class)).isZero();
    }

    @Test
    void onlyStaffAndAdministratorsMayImport() throws Exception {
        mvc.perform(upload("enterprises", ENTERPRISES, StandardCharsets.UTF_8))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        for (String username : new String[] {"import-api-auditor", "import-api-enterprise"}) {
            mvc.perform(upload("enterprises", ENTERPRISES, StandardCharsets.UTF_8).with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/imports/1").with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/imports/1/rejections.csv").with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(upload("enterprises", ENTERPRISES, StandardCharsets.UTF_8)
                        .with(httpBasic("import-api-admin", PASSWORD)))
                .andExpect(status().isAccepted());
    }

    @Test
    void aBrowserSessionUploadNeedsTheCsrfToken() throws Exception {
        mvc.perform(upload("enterprises", ENTERPRISES, StandardCharsets.UTF_8).with(user(STAFF).roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(upload("enterprises", ENTERPRISES, StandardCharsets.UTF_8).with(user(STAFF).roles("STAFF"))
                        .with(csrf()))
                .andExpect(status().isAccepted());
    }

    @Test
    void anUnknownImportIs404Problem() throws Exception {
        for (String id : new String[] {"999999", "abc"}) {
            mvc.perform(get("/api/v1/imports/" + id).with(httpBasic(STAFF, PASSWORD)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
        }
        mvc.perform(get("/api/v1/imports/999999/rejections.csv").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    /** Imports run in the background: let them end before the next test empties the tables under them. */
    @AfterEach
    void awaitRunningImports() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM data_import WHERE status = 'STARTED'", Integer.class) > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String kind, String csv, Charset charset) {
        MockMultipartFile file = new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(charset));
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports").file(file);
        request.param("kind", kind);
        return request;
    }

    private void awaitFinished(String importId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status;
        do {
            Thread.sleep(100);
            String body = mvc.perform(get("/api/v1/imports/" + importId).with(httpBasic(STAFF, PASSWORD)))
                    .andReturn().getResponse().getContentAsString();
            status = JsonPath.read(body, "$.status");
        } while ("STARTED".equals(status) && Instant.now().isBefore(deadline));
        assertThat(status).as("import %s finished", importId).isEqualTo("COMPLETED");
    }
}
