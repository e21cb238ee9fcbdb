package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.RegistryVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, point 11, right after an import: the instance that merged prepares the dashboard's figures itself, in the
 * background, so the first reader does not compute them. The warmer's schedule is on here (as in production) but its
 * cron fires only on 1 January: what prepares the figures within the test is the import's event.
 */
@SpringBootTest(properties = "techladder.plan.warm-cron=0 0 0 1 1 *")
class DashboardPreparedAfterImportTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportService imports;
    @Autowired
    DashboardWarmer warmer;
    @Autowired
    RegistryVersion registryVersion;
    @Autowired
    PlanProgressService progress;

    @Test
    void anImportThatChangesTheRegistryHasTheDefaultViewPreparedBeforeAnyoneReadsIt() throws Exception {
        new PlanFixtures(jdbc).clear();
        var status = imports.importNow(ImportKind.CERTIFICATES, "certificates.csv", new ByteArrayInputStream("""
                uscc,name,programme,certificate_no,issued_on,valid_until,batch,revoked,revoked_on
                %s,福州即时科技有限公司,NATIONAL_HTE,GR20253500009,%s,2099-11-30,第一批,false,
                """.formatted(PlanFixtures.uscc(9), LocalDate.of(PlanCalendar.today().getYear() - 1, 12, 1))
                .getBytes(StandardCharsets.UTF_8)), Optional.of(StandardCharsets.UTF_8), "staff");
        assertThat(status.status()).isEqualTo("COMPLETED");
        long merged = registryVersion.current();

        long deadline = System.nanoTime() + 120_000_000_000L;
        while (warmer.preparedVersion() < merged && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(warmer.preparedVersion()).as("figures prepared for the merged registry").isGreaterThanOrEqualTo(merged);
        // behind the registry's back (no merge, no new version): only figures prepared after the merge still show it
        jdbc.update("DELETE FROM certificate");
        PlanProgress shown = progress.progress(null, null, PlanCalendar.today());
        assertThat(shown.funnel().nationalHte()).isEqualTo(1);
    }
}
