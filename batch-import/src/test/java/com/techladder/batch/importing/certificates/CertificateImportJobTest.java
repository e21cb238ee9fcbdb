package com.techladder.batch.importing.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.batch.importing.ImportTestSupport;
import com.techladder.batch.text.Message;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** certificateImportJob on small files, checking the database afterwards (docs/contracts/import-csv.md, certificates). */
@DatabaseSpecific
class CertificateImportJobTest extends ImportTestSupport {

    @Test
    void appliesValidityDefaultsCreatesUnknownEnterprisesAndWarnsAboutUnusualNumbers() throws Exception {
        ImportStatus status = importNow(ImportKind.CERTIFICATES, file("list.csv",
                "统一社会信用代码,企业名称,类别,证书编号,发证日期,有效期至,批次\n"
                        + USCC_A + ",福州甲科技有限公司,国家高新技术企业,GR202335000123,2023-12-12,,2023年第二批\n"
                        + USCC_A + ",福州甲科技有限公司,TECH_SME,2024350100A0001234,2024年4月1日,,\n"
                        + USCC_B + ",福州乙科技有限公司,PROVINCIAL_HTE,,2022/06/30,,\n"
                        + USCC_C + ",福州丙科技有限公司,NATIONAL_HTE,GR2023440001,2023-11-01,2026-10-31,\n"));

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status).extracting(ImportStatus::read, ImportStatus::written, ImportStatus::rejected,
                ImportStatus::warnings).containsExactly(4, 4, 0, 1);
        assertThat(jdbc.queryForList("SELECT uscc, programme, certificate_key, effective_valid_until FROM certificate "
                + "ORDER BY uscc, programme")).extracting(m -> m.get("programme"), m -> m.get("certificate_key"),
                        m -> toLocal(m.get("effective_valid_until"))).containsExactly(
                        tuple("NATIONAL_HTE", "GR202335000123", LocalDate.of(2026, 12, 11)),
                        tuple("TECH_SME", "2024350100A0001234", LocalDate.of(2024, 12, 31)),
                        tuple("PROVINCIAL_HTE", "2022-06-30", null),
                        tuple("NATIONAL_HTE", "GR2023440001", LocalDate.of(2026, 10, 31)));
        assertThat(issues(status.importId())).singleElement().satisfies(w -> assertThat(w)
                .containsEntry("line", 5).containsEntry("column_name", "certificate_no")
                .containsEntry("reason", Message.of("import.text.certificateNo").stored())
                .containsEntry("severity", "WARNING"));
        Map<String, Object> created = jdbc.queryForMap("SELECT name, district, profile_fiscal_year FROM enterprise "
                + "WHERE uscc = ?", USCC_B);
        assertThat(created).containsEntry("name", "福州乙科技有限公司").containsEntry("district", null)
                .containsEntry("profile_fiscal_year", null);
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isEqualTo(3);
    }

    @Test
    void isIdempotentAndUpdatesARevokedEntry() throws Exception {
        String header = "uscc,name,programme,certificate_no,issued_on,valid_until,batch,revoked,revoked_on\n";
        String entry = USCC_A + ",甲,LITTLE_GIANT,,2023-07-07,,2023年,,\n";
        ImportStatus first = importNow(ImportKind.CERTIFICATES, file("a.csv", header + entry));
        ImportStatus again = importNow(ImportKind.CERTIFICATES, file("b.csv", header + entry));
        ImportStatus revoked = importNow(ImportKind.CERTIFICATES, file("c.csv",
                header + USCC_A + ",甲,科技小巨人企业,,2023-07-07,,2023年,,2024-05-01\n"));

        assertThat(first.written()).isEqualTo(1);
        assertThat(again.written()).isZero();
        assertThat(revoked.written()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT revoked, revoked_on, source_import_id FROM certificate");
        assertThat(row).containsEntry("revoked", true).containsEntry("source_import_id", revoked.importId());
        assertThat(toLocal(row.get("revoked_on"))).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(count("SELECT COUNT(*) FROM certificate")).isEqualTo(1);
    }

    @Test
    void rejectsBrokenEntries() throws Exception {
        String header = "uscc,name,programme,certificate_no,issued_on,valid_until,revoked,revoked_on\n";
        ImportStatus status = importNow(ImportKind.CERTIFICATES, file("bad.csv", header
                + USCC_A + ",甲,NATIONAL_HTE,GR202335000001,2023-01-01,,,\n"
                + USCC_A + ",甲,NATIONAL_HTE,GR202335000002,2023-01-01,,,\n"
                + USCC_A + ",甲,NATIONAL_HTE,GR202335000003,2023-01-01,,,\n"
                + USCC_A + ",甲,NATIONAL_HTE,GR202335000004,2023-01-01,,,\n"
                + USCC_B + ",乙,高企,,2023-01-01,,,\n"
                + USCC_B + ",乙,TECH_SME,,,,,\n"
                + USCC_B + ",乙,TECH_SME,,2023-05-01,2023-04-30,,\n"
                + USCC_B + ",乙,TECH_SME,,2023-05-01,,否,2023-06-01\n"
                + USCC_B + ",乙,TECH_SME,,2023-05-01,,是,2023-04-01\n"
                + USCC_A + ",甲,NATIONAL_HTE,GR202335000005,2023-01-01,,,\n"));

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status.rejected()).isEqualTo(5);
        assertThat(issues(status.importId())).extracting(i -> i.get("line"), i -> i.get("column_name"),
                i -> Message.parse((String) i.get("reason")).orElseThrow()).containsExactly(
                        tuple(6, "programme", Message.of("import.text.programme")),
                        tuple(7, "issued_on", Message.of("import.text.required")),
                        tuple(8, "valid_until", Message.of("import.text.validUntil", "2023-04-30", "2023-05-01")),
                        tuple(9, "revoked_on", Message.of("import.text.revokedOnWithoutRevoked")),
                        tuple(10, "revoked_on", Message.of("import.text.revokedOn", "2023-04-01", "2023-05-01")));
        assertThat(count("SELECT COUNT(*) FROM certificate")).isEqualTo(5);
    }

    private static LocalDate toLocal(Object date) {
        return date == null ? null : ((Date) date).toLocalDate();
    }
}
