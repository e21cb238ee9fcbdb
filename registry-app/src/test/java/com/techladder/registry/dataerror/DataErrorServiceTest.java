package com.techladder.registry.dataerror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.techladder.registry.dataerror.DataErrorReport.Status;

/**
 * Data error reports stored through JPA on the V9 table: reported open under the enterprise, answered once (a second
 * answer changes nothing), each enterprise's list its own, the queue paged with the oldest open report first, and every
 * step in the audit log with the enterprise, field, year and text.
 */
// @AutoConfigureMockMvc unused here: with it the test runs in the application context the MockMvc tests share
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "staff-member", roles = "STAFF")
class DataErrorServiceTest {

    private static final String GULOU = "91350102MA2XXXXX1A";
    private static final String CANGSHAN = "91350104MA2XXXXX2B";

    @Autowired
    DataErrorService service;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noReports() {
        jdbc.update("DELETE FROM data_error_report");
        jdbc.update("DELETE FROM audit_log WHERE action LIKE 'DATA_ERROR_%'");
    }

    @Test
    void aReportIsStoredOpenAndAnsweredOnceWithEveryStepInTheAuditLog() {
        DataErrorReport report = service.report(GULOU, "星河软件", form("techStaff", "2024"));
        assertThat(report.status()).isEqualTo(Status.OPEN);
        assertThat(report.fiscalYear()).isEqualTo(2024);

        DataErrorReport resolved = service.answer(report.id(), Status.RESOLVED, " 已更正，下次导入生效 ");
        assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolved.answer()).isEqualTo("已更正，下次导入生效");
        assertThat(resolved.answeredBy()).isEqualTo("staff-member");
        assertThatThrownBy(() -> service.answer(report.id(), Status.REJECTED, "重复"))
                .isInstanceOf(DataErrorReport.AlreadyAnsweredException.class);
        assertThat(service.of(GULOU)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.RESOLVED);
            assertThat(r.answer()).isEqualTo("已更正，下次导入生效");
        });

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT action, target, details FROM audit_log"
                + " WHERE action LIKE 'DATA_ERROR_%' ORDER BY id");
        assertThat(audit).extracting(row -> row.get("action"))
                .containsExactly("DATA_ERROR_REPORTED", "DATA_ERROR_RESOLVED");
        assertThat(audit).allSatisfy(row -> assertThat(row.get("target")).isEqualTo("data-error-report/" + report.id()));
        assertThat((String) audit.get(0).get("details")).contains(GULOU, "星河软件", "techStaff", "2024", "应为月平均人数");
        assertThat((String) audit.get(1).get("details")).contains("已更正，下次导入生效");
    }

    @Test
    void anEnterpriseListsOnlyItsOwnReportsAndTheQueueIsPagedOldestFirst() {
        for (int i = 0; i < DataErrorService.PAGE_SIZE + 3; i++) {
            service.report(i % 2 == 0 ? GULOU : CANGSHAN, null, form("revenue", null));
        }
        long rejected = service.report(CANGSHAN, null, form("other", null)).id();
        service.answer(rejected, Status.REJECTED, "数据与审计报告一致");

        assertThat(service.of(GULOU)).allSatisfy(r -> assertThat(r.uscc()).isEqualTo(GULOU)).hasSize(12);
        var first = service.queue(Status.OPEN, 0);
        assertThat(first.getTotalElements()).isEqualTo(DataErrorService.PAGE_SIZE + 3);
        assertThat(first.getContent()).hasSize(DataErrorService.PAGE_SIZE);
        assertThat(first.getContent().get(0).id()).isLessThan(first.getContent().get(1).id());
        assertThat(service.queue(Status.OPEN, 1).getContent()).hasSize(3);
        assertThat(service.queue(Status.REJECTED, 0).getContent()).extracting(DataErrorReport::answer)
                .containsExactly("数据与审计报告一致");
    }

    @Test
    void aFormMustNameAKnownFieldAndSayWhatIsWrong() {
        assertThat(new DataErrorForm("password", "2024", " ", null, null).problems())
                .containsOnlyKeys("field", "problem");
        assertThat(new DataErrorForm("techStaff", "1999", "x", "y".repeat(201), null).problems())
                .containsOnlyKeys("fiscalYear", "correctValue");
        assertThat(form("certificate", null).problems()).isEmpty();
    }

    private static DataErrorForm form(String field, String year) {
        return new DataErrorForm(field, year, "应为月平均人数", "45", "见审计报告");
    }
}
