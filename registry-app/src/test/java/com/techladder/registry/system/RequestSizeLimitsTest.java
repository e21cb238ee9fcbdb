package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Request sizes over real HTTP (Tomcat, not MockMvc, whose requests skip Tomcat's limits): a body above 256 KB is a
 * 413 problem whether it announces its length or comes in chunks, an upload above the multipart limit too (set to
 * 64 KB here), and a body without a length is never read much beyond the limit (issue 11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class RequestSizeLimitsTest {

    private static final String SELF_CHECK = "/api/v1/self-check";
    private static final String VALID = "{\"assessmentYear\": 2025, \"records\": [{\"fiscalYear\": 2024, \"employees\": 10}]}";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProblemWriter problems;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aBodyAnnouncedLargerThan256KbIsA413ProblemAnonymousOrNot() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url(SELF_CHECK))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(padded(RequestBodyLimit.MAX_BYTES + 1))));
        assertTooLarge(response);
    }

    @Test
    void aChunkedBodyPastTheLimitIsA413ProblemAndOneWithinItIsServed() throws Exception {
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(url(SELF_CHECK))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded(512 * 1024)))));
        assertTooLarge(tooLarge);

        HttpResponse<String> served = send(HttpRequest.newBuilder(url(SELF_CHECK))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)))));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(json.readTree(served.body()).path("assessmentYear").asInt()).isEqualTo(2025);
    }

    @Test
    void anUploadAboveTheMultipartLimitIsA413Problem() throws Exception {
        jdbc.update("DELETE FROM app_user WHERE username = 'size-limit-staff'");
        accounts.create("size-limit-staff", "size-limit-test", Role.STAFF, null);
        String boundary = "----techladder-size-limit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[128 * 1024];
        Arrays.fill(file, (byte) 'x');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/v1/imports?kind=enterprises"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "size-limit-staff:size-limit-test".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, file, tail))));
        assertTooLarge(response);
        assertThat(json.readTree(response.body()).path("detail").asText()).contains("64 KB");
    }

    @Test
    void aBodyWithoutALengthIsReadNoFurtherThanTheLimit() throws Exception {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", SELF_CHECK) {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(endless);
            }
        };
        request.setContentType("application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new RequestBodyLimit(problems).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("the application never sees it").isNull();
        assertThat(read.get()).isEqualTo(RequestBodyLimit.MAX_BYTES + 1);
    }

    private void assertTooLarge(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    /** A JSON object of the given size: spaces after the valid request. */
    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(valid, 0, body, 0, valid.length);
        return body;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
