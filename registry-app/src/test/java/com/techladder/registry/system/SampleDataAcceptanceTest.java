package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jayway.jsonpath.JsonPath;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.registry.security.AccountBootstrap;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.registry.testing.RegistryFixtures;

/**
 * The acceptance check of issue 2 over real HTTP: after the first-start import of the committed sample files and the
 * demo accounts, {@code curl -u staff:techladder /api/v1/enterprises/{uscc}} returns a sample enterprise with its
 * years, and each sample enterprise can sign in as itself.
 */
@DatabaseSpecific
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataAcceptanceTest {

    /** The project's sample-data directory, seen from the module directory Surefire runs in. */
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final String DEMO_PASSWORD = "techladder";

    @LocalServerPort
    int port;
    @Autowired
    SampleDataImport sampleDataImport;
    @Autowired
    AccountBootstrap accountBootstrap;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private List<ImportStatus> imported;

    @BeforeAll
    void firstStartOnTheSampleFiles() throws IOException {
        new RegistryFixtures(jdbc).clearRegistry();
        imported = sampleDataImport.importAll(SAMPLE_DATA);
        accountBootstrap.ensureDemoAccounts(DEMO_PASSWORD);
    }

    @Test
    void bothSampleFilesImportCleanly() {
        assertThat(imported).extracting(ImportStatus::kind).containsExactly("enterprises", "certificates");
        assertThat(imported).allSatisfy(status -> {
            assertThat(status.status()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(status.rejected()).isZero();
            assertThat(status.read()).isPositive();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class)).isBetween(1900, 2200);
    }

    @Test
    void staffReadsASampleEnterpriseWithItsYears() throws Exception {
        String uscc = firstSampleUscc();
        HttpResponse<String> response = get("/api/v1/enterprises/" + uscc, "staff");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        String body = response.body();
        assertThat((String) JsonPath.read(body, "$.uscc")).isEqualTo(uscc);
        assertThat((String) JsonPath.read(body, "$.name")).isNotBlank();
        List<Integer> years = JsonPath.read(body, "$.years[*].fiscalYear");
        assertThat(years).containsExactly(2022, 2023, 2024);
        assertThat((Integer) JsonPath.read(body, "$.years[2].employees")).isNotNull();
    }

    @Test
    void everySampleEnterpriseHasItsOwnAccountThatSeesOnlyItself() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user u JOIN enterprise e ON u.username = e.uscc"
                + " WHERE u.role = 'ENTERPRISE' AND u.uscc = e.uscc", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class));

        List<String> two = jdbc.queryForList("SELECT uscc FROM enterprise ORDER BY uscc FETCH FIRST 2 ROWS ONLY",
                String.class).stream().map(String::trim).toList();
        assertThat(get("/api/v1/enterprises/" + two.get(0), two.get(0)).statusCode()).isEqualTo(200);
        HttpResponse<String> other = get("/api/v1/enterprises/" + two.get(1), two.get(0));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain(two.get(1));
    }

    /** Over a real server the container forwards errors to /error, which answers a problem too. */
    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-endpoint", "staff");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(404);
    }

    private static String firstSampleUscc() throws IOException {
        try (var lines = Files.lines(SAMPLE_DATA.resolve("enterprises.csv"), StandardCharsets.UTF_8)) {
            String firstRow = lines.skip(1).findFirst().orElseThrow();
            return firstRow.substring(0, firstRow.indexOf(','));
        }
    }

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
