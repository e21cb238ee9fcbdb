package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard remembers its figures per registry version (RegistryMemo), and a real import merge makes the next
 * request see the new registry at once: remembered figures are never shown for a registry that has changed.
 */
// @AutoConfigureMockMvc unused here: with it the test runs in the application context the MockMvc tests share
@SpringBootTest
@AutoConfigureMockMvc
class DashboardFreshnessTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanProgressService progress;
    @Autowired
    ImportService imports;
    @Autowired
    DashboardWarmer warmer;

    @BeforeEach
    void emptyRegistry() {
        new PlanFixtures(jdbc).clear();
    }

    @Test
    void aCertificateImportedAfterTheDashboardWasReadIsCountedAtTheNextRead() throws Exception {
        int before = nationalHteAtEndOf2025();

        importCertificates("""
                uscc,name,programme,certificate_no,issued_on,valid_until,batch,revoked,revoked_on
                %s,福州新认定科技有限公司,NATIONAL_HTE,GR20253500001,2025-12-01,2028-11-30,2025年第一批,false,
                """.formatted(PlanFixtures.uscc(1)));

        assertThat(nationalHteAtEndOf2025()).isEqualTo(before + 1);
    }

    @Test
    void theWarmerComputesTheDefaultViewSoItsNextReaderIsAnsweredFromMemory() throws Exception {
        importCertificates("""
                uscc,name,programme,certificate_no,issued_on,valid_until,batch,revoked,revoked_on
                %s,福州预热科技有限公司,NATIONAL_HTE,GR20243500002,2024-12-01,2027-11-30,2024年第一批,false,
                """.formatted(PlanFixtures.uscc(2)));

        warmer.warm(AS_OF);
        // behind the registry's back (no merge, no new version): only a remembered figure can still show it
        jdbc.update("DELETE FROM certificate");

        assertThat(nationalHteAtEndOf2025()).isEqualTo(1);
    }

    private int nationalHteAtEndOf2025() {
        return progress.progress(null, 2025, AS_OF).years().stream().filter(y -> y.year() == 2025)
                .findFirst().orElseThrow().certifiedNationalHte();
    }

    private void importCertificates(String csv) throws Exception {
        var status = imports.importNow(ImportKind.CERTIFICATES, "certificates.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Optional.of(StandardCharsets.UTF_8),
                "staff");
        assertThat(status.status()).isEqualTo("COMPLETED");
    }
}
