package com.techladder.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.techladder.registry.enterprise.EnterpriseRecord;
import com.techladder.registry.system.FieldProblem;

/**
 * The form asks type, systems and integrity once and still sends the request the three-column form sent; the earlier
 * years open when asked for or when they hold something; the error summary names the field and the year; a registry
 * record fills the form for the year after its newest figures.
 */
class SelfCheckFormTest {

    @Test
    void anAnswerAskedOnceIsSentInEveryYearsRecordAndAYearsOwnValueIsKept() {
        SelfCheckForm form = SelfCheckForm.posted(params(
                "assessmentYear", "2025",
                "records[0].employees", "120", "records[0].auditedTaxMethod", "true",
                "records[0].majorSafetyIncident", "false",
                "records[2].employees", "90", "records[2].auditedTaxMethod", "false"));

        List<Map<String, String>> records = form.toInput(2026).input().records();

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsEntry("fiscalYear", "2024").containsEntry("auditedTaxMethod", "true")
                .containsEntry("majorSafetyIncident", "false");
        assertThat(records.get(1)).containsEntry("fiscalYear", "2022").containsEntry("employees", "90")
                .containsEntry("majorSafetyIncident", "false")
                // a value an API-shaped post gives for that year itself stays that year's
                .containsEntry("auditedTaxMethod", "false");
    }

    @Test
    void aMessageAboutACopyOfAnAnswerAskedOnceLandsOnItsOneInput() {
        SelfCheckForm form = SelfCheckForm.posted(params("assessmentYear", "2025",
                "records[0].employees", "1", "records[1].employees", "2"));
        SelfCheckForm.Mapped mapped = form.toInput(2026);

        assertThat(mapped.formField("records[1].seriousFraud")).isEqualTo("records[0].seriousFraud");
        assertThat(mapped.formField("records[1].techStaff")).isEqualTo("records[1].techStaff");
    }

    @Test
    void theErrorSummaryNamesTheFieldAndTheYearAndLinksToTheInput() {
        SelfCheckForm form = SelfCheckForm.posted(params("assessmentYear", "2025",
                "records[0].employees", "1", "records[2].employees", "10", "records[2].techStaff", "11"));
        SelfCheckForm.Mapped mapped = form.toInput(2026);
        form.showErrors(mapped, List.of(
                new FieldProblem("records[1].techStaff", "too many"),
                new FieldProblem("uscc", "bad check character"),
                new FieldProblem("certificates[0].issuedOn", "required"),
                new FieldProblem("records[0].seriousFraud", "not yes or no")));

        assertThat(form.errorLines(form.fiscalYears(2026))).containsExactly(
                new SelfCheckForm.ErrorLine("records-2-techStaff", "field.techStaff", 2022, null, "too many"),
                new SelfCheckForm.ErrorLine("uscc", "field.uscc", null, null, "bad check character"),
                new SelfCheckForm.ErrorLine("certificates-0-issuedOn", "field.issuedOn", null, 1, "required"),
                // asked once: no year
                new SelfCheckForm.ErrorLine("records-0-seriousFraud", "field.seriousFraud", null, null, "not yes or no"));
        assertThat(form.showEarlier()).isTrue();
    }

    @Test
    void theEarlierYearsOpenWhenAskedForOrWhenTheyHoldAValue() {
        assertThat(SelfCheckForm.posted(params("records[0].employees", "1")).showEarlier()).isFalse();
        assertThat(SelfCheckForm.posted(params("records[0].employees", "1", "showEarlier", "1")).showEarlier()).isTrue();
        assertThat(SelfCheckForm.posted(params("records[1].employees", "1")).showEarlier()).isTrue();
        // the button is not data: it is neither re-posted nor sent to the engine
        assertThat(SelfCheckForm.posted(params("showEarlier", "1")).values()).doesNotContainKey("showEarlier");
    }

    @Test
    void theFoldedCertificatesOpenWhenOneOfThemHoldsAValue() {
        assertThat(SelfCheckForm.posted(params("certificates[0].programme", "TECH_SME")).moreCertificates()).isFalse();
        assertThat(SelfCheckForm.posted(params("certificates[1].programme", "TECH_SME")).moreCertificates()).isTrue();
    }

    @Test
    void aRegistryRecordFillsTheYearAfterItsNewestFigures() {
        EnterpriseRecord record = new EnterpriseRecord("91350100M000100Y43", "星河软件", "350102", "鼓楼区", true,
                LocalDate.of(2016, 5, 10), 2024,
                List.of(Map.of("fiscalYear", 2023, "employees", 100, "auditedTaxMethod", false),
                        Map.of("fiscalYear", 2024, "employees", 120, "revenue", new BigDecimal("8000.0000"),
                                "auditedTaxMethod", true, "techField", 1)),
                List.of(new EnterpriseRecord.Certificate("NATIONAL_HTE", "GR2023", LocalDate.of(2023, 12, 1),
                        LocalDate.of(2026, 11, 30), null, false, null, null, "星河软件")));

        SelfCheckForm form = SelfCheckForm.fromRegistry(record, 2027);

        assertThat(form.values()).containsEntry("assessmentYear", "2025").containsEntry("name", "星河软件")
                .containsEntry("uscc", "91350100M000100Y43").containsEntry("district", "350102")
                .containsEntry("establishedOn", "2016-05-10").containsEntry("inHitechZone", "true")
                .containsEntry("records[0].employees", "120").containsEntry("records[0].revenue", "8000")
                .containsEntry("records[1].employees", "100")
                // once-asked answers from the newest year
                .containsEntry("records[0].auditedTaxMethod", "true").containsEntry("records[0].techField", "1")
                .doesNotContainKey("records[1].auditedTaxMethod")
                .containsEntry("certificates[0].programme", "NATIONAL_HTE")
                .containsEntry("certificates[0].issuedOn", "2023-12-01")
                .containsEntry("certificates[0].validUntil", "2026-11-30");
    }

    private static MultiValueMap<String, String> params(String... namesAndValues) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
