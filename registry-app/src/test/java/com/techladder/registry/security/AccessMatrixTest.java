package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.techladder.batch.classification.ClassificationLock;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.testing.ClassifiedRegistry;

/**
 * The access matrix of docs/security.md, enforced: every endpoint Spring MVC serves must have its row there, every
 * row must name an endpoint that exists, and every endpoint is called as every kind of caller — anonymous, an
 * enterprise for its own USCC and for another, staff, auditor, admin, policy officer — and must answer as its row
 * says. On top of the table: auditors change nothing, and nobody can alter a stored assessment.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final Path MATRIX = Path.of("..", "docs", "security.md");
    private static final Pattern ENDPOINT = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) (/\\S*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String PASSWORD = "matrix-test-password";

    /** Served by the security filter chain, not by a controller: documented, but not in the handler mapping. */
    private static final Set<String> FILTER_ENDPOINTS = Set.of("POST /login", "POST /logout");

    /** Every request other than GET an auditor may send, and why it changes nothing. */
    private static final Map<String, String> AUDITOR_MAY_POST = Map.of(
            "POST /api/v1/self-check", "evaluates the posted figures, stores nothing",
            "POST /self-check", "the self-check as a page, stores nothing",
            "POST /self-check/edit", "gives the posted figures back to the form",
            "POST /api/v1/classification-runs/{runId}/replay", "re-evaluates a stored run and compares; audit log only",
            "POST /account/password", "changes the caller's own password, no registry data",
            "PUT /api/v1/account/password", "changes the caller's own password, no registry data",
            "POST /login", "signs in",
            "POST /logout", "signs out");

    /**
     * Request parameters without which an endpoint answers 400 before its access rule is even asked (Spring binds the
     * arguments, then calls the method its {@code @PreAuthorize} guards). Edits name no existing plan period, or an
     * impossible one, so that an allowed caller changes nothing either.
     */
    private static final Map<String, Map<String, String>> PARAMETERS = Map.of(
            "GET /review/runs/{runId}/trace", Map.of("uscc", "{uscc}"),
            "GET /review/diff", Map.of("from", "{runId}", "to", "{runId}"),
            "POST /plan/rates", Map.of("period", "no-such-period", "conversionRate", "0.5", "nonRenewalRate", "0.1"),
            "POST /plan/targets/{scope}", Map.of("period", "no-such-period", "baseCount", "1", "targetCount", "2"),
            "POST /plan/periods", Map.of("code", "", "title", "", "baseYear", "2030", "targetYear", "2020",
                    "conversionRate", "0.5", "nonRenewalRate", "0.1", "cityBase", "1", "cityTarget", "2"));

    /** Who calls. An ENTERPRISE account is the same for own and other: only the USCC in the request differs. */
    enum Caller { ANONYMOUS, ENTERPRISE_OWN, ENTERPRISE_OTHER, STAFF, AUDITOR, ADMIN, POLICY_OFFICER }

    enum Access { ALLOWED, FORBIDDEN, UNAUTHENTICATED }

    record Row(String endpoint, Map<Caller, Access> access) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String path() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    ClassificationLock lock;

    private List<Row> matrix;
    private Set<String> documentedPaths;
    private final Map<Caller, MockHttpSession> sessions = new EnumMap<>(Caller.class);
    private ClassificationRun run;
    private long importId;

    @BeforeAll
    void registryAccountsAndMatrix() throws Exception {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        run = registry.classify(launcher, runs);
        importId = jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class);
        signIn(Caller.ENTERPRISE_OWN, "matrix-enterprise", Role.ENTERPRISE, ClassifiedRegistry.GULOU);
        sessions.put(Caller.ENTERPRISE_OTHER, sessions.get(Caller.ENTERPRISE_OWN));
        signIn(Caller.STAFF, "matrix-staff", Role.STAFF, null);
        signIn(Caller.AUDITOR, "matrix-auditor", Role.AUDITOR, null);
        signIn(Caller.ADMIN, "matrix-admin", Role.ADMIN, null);
        signIn(Caller.POLICY_OFFICER, "matrix-policy", Role.POLICY_OFFICER, null);
        readMatrix();
    }

    @Test
    void everyEndpointSpringServesHasItsRowInTheMatrix() {
        Set<String> undocumented = new TreeSet<>();
        for (String endpoint : mappedEndpoints()) {
            boolean documented = endpoint.startsWith("ANY ")
                    ? documentedPaths.contains(endpoint.substring(4))
                    : matrix.stream().anyMatch(row -> row.endpoint().equals(endpoint));
            if (!documented) {
                undocumented.add(endpoint);
            }
        }
        assertThat(undocumented).as("endpoints missing from the access matrix in docs/security.md").isEmpty();
    }

    @Test
    void everyRowOfTheMatrixNamesAnEndpointThatExists() {
        Set<String> mapped = mappedEndpoints();
        List<String> stale = matrix.stream().map(Row::endpoint)
                .filter(e -> !mapped.contains(e) && !FILTER_ENDPOINTS.contains(e) && !e.contains(" /actuator"))
                .toList();
        assertThat(stale).as("rows of docs/security.md naming no endpoint").isEmpty();
        assertThat(matrix).as("the matrix was read").hasSizeGreaterThan(40);
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        // launches meet a held lock: they pass the access rule, then get "a run is in progress" and start nothing
        assertThat(lock.tryAcquire("access-matrix-test")).isTrue();
        try {
            for (Row row : matrix) {
                if (FILTER_ENDPOINTS.contains(row.endpoint())) {
                    continue;
                }
                for (Caller caller : Caller.values()) {
                    if (caller == Caller.ENTERPRISE_OTHER && !row.path().contains("{uscc}")) {
                        continue; // the very same request as ENTERPRISE_OWN
                    }
                    MvcResult result = mvc.perform(call(row, caller)).andReturn();
                    String problem = mismatch(row, caller, result);
                    if (problem != null) {
                        wrong.add(row.endpoint() + " as " + caller + ": " + problem);
                    }
                }
            }
        } finally {
            lock.release("access-matrix-test");
        }
        assertThat(wrong).as("answers that differ from docs/security.md").isEmpty();
    }

    @Test
    void auditorsCanSendNothingThatChangesData() {
        List<String> changing = matrix.stream()
                .filter(row -> !row.method().equals("GET") && row.access().get(Caller.AUDITOR) == Access.ALLOWED)
                .map(Row::endpoint)
                .filter(endpoint -> !AUDITOR_MAY_POST.containsKey(endpoint))
                .toList();
        assertThat(changing).isEmpty();
    }

    /** No endpoint updates or deletes a run or an assessment, and asking for one as staff or admin changes nothing. */
    @Test
    void nobodyCanAlterAStoredAssessment() throws Exception {
        List<String> altering = mappedEndpoints().stream()
                .filter(e -> e.matches("^(PUT|PATCH|DELETE|ANY) .*(classification-runs|assessment).*"))
                .toList();
        assertThat(altering).isEmpty();

        String stored = jdbc.queryForObject("SELECT result FROM assessment WHERE run_id = ? AND uscc = ?",
                String.class, run.id(), ClassifiedRegistry.GULOU);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Long.class);
        List<String> paths = List.of("/api/v1/classification-runs/" + run.id(),
                "/api/v1/classification-runs/" + run.id() + "/assessments/" + ClassifiedRegistry.GULOU,
                "/api/v1/enterprises/" + ClassifiedRegistry.GULOU + "/assessment");
        for (Caller caller : List.of(Caller.STAFF, Caller.ADMIN)) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                for (String path : paths) {
                    int status = mvc.perform(request(method, URI.create(path)).session(sessions.get(caller)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"eligibleTier\":\"NATIONAL_HTE\"}"))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as("%s %s as %s", method, path, caller).isIn(403, 405);
                }
            }
        }
        assertThat(jdbc.queryForObject("SELECT result FROM assessment WHERE run_id = ? AND uscc = ?", String.class,
                run.id(), ClassifiedRegistry.GULOU)).isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Long.class)).isEqualTo(count);
    }

    /** What is wrong with the answer, or null when it is what the matrix says. */
    private static String mismatch(Row row, Caller caller, MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        boolean toLogin = status / 100 == 3 && location != null && URI.create(location).getPath().equals("/login");
        Access expected = row.access().get(caller);
        boolean usccInPath = row.path().contains("{uscc}");
        boolean ok = switch (expected) {
            case ALLOWED -> status != 401 && status != 403 && status < 500 && !toLogin;
            case FORBIDDEN -> status == 403 || (caller == Caller.ENTERPRISE_OTHER && usccInPath && status == 404);
            case UNAUTHENTICATED -> isApi(row.path()) ? status == 401 : toLogin;
        };
        return ok ? null : "expected " + expected + ", got " + status + (location == null ? "" : " → " + location);
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/actuator");
    }

    private AbstractMockHttpServletRequestBuilder<?> call(Row row, Caller caller) {
        String path = concrete(row.path(), caller);
        AbstractMockHttpServletRequestBuilder<?> request = multipartUpload(row)
                ? multipart(path).file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .param("kind", "enterprises")
                : request(HttpMethod.valueOf(row.method()), URI.create(path));
        PARAMETERS.getOrDefault(row.endpoint(), Map.of()).forEach((name, value) -> request.param(name, concrete(value, caller)));
        body(row, request);
        if (!row.method().equals("GET")) {
            request.with(csrf());
        }
        MockHttpSession session = sessions.get(caller);
        return session == null ? request : request.session(session);
    }

    private static boolean multipartUpload(Row row) {
        return row.endpoint().equals("POST /api/v1/imports") || row.endpoint().equals("POST /console/imports")
                || row.endpoint().equals("POST /policy/drafts/upload");
    }

    /**
     * A body the endpoint accepts as well-formed, so that its access rule decides the answer (a body it cannot read
     * would be a 400 before the rule is asked). Launches meet the held run lock; plan edits name no existing period.
     */
    private static void body(Row row, AbstractMockHttpServletRequestBuilder<?> request) {
        switch (row.endpoint()) {
            case "POST /api/v1/self-check" -> json(request, "{\"assessmentYear\":2025,\"records\":[{\"fiscalYear\":2024}]}");
            case "POST /api/v1/classification-runs" -> json(request, "{\"assessmentYear\":2025}");
            case "POST /console/runs" -> request.param("assessmentYear", "2025");
            default -> {
                if (row.path().startsWith("/api/") && !row.method().equals("GET") && !multipartUpload(row)) {
                    json(request, "{}");
                }
            }
        }
    }

    private static void json(AbstractMockHttpServletRequestBuilder<?> request, String body) {
        request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The path with its variables filled: the caller's own USCC (or another's), the fixture run, the fixture import. */
    private String concrete(String template, Caller caller) {
        Matcher variables = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "uscc" -> caller == Caller.ENTERPRISE_OTHER ? ClassifiedRegistry.CANGSHAN : ClassifiedRegistry.GULOU;
                case "runId", "a", "b" -> Long.toString(run.id());
                case "importId" -> Long.toString(importId);
                case "code" -> "no-such-period";
                case "scope" -> "CITY";
                case "table" -> "pipeline";
                case "kind" -> "enterprises";
                default -> "1";
            };
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /** {@code METHOD /pattern} for every handler method; {@code ANY /pattern} when it is mapped for every method. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    private void signIn(Caller caller, String username, Role role, String uscc) throws Exception {
        jdbc.update("DELETE FROM app_user WHERE username = ?", username);
        accounts.create(username, PASSWORD, role, uscc);
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("login of " + username).doesNotContain("error");
        sessions.put(caller, (MockHttpSession) login.getRequest().getSession(false));
    }

    /**
     * The tables of the "Access matrix" section: each row names its endpoints in backticks, then one cell per caller
     * kind (anonymous, ENTERPRISE — "own ✅, other ⛔" when the two differ —, STAFF, AUDITOR, ADMIN, POLICY_OFFICER).
     */
    private void readMatrix() throws IOException {
        String document = Files.readString(MATRIX, StandardCharsets.UTF_8);
        int start = document.indexOf("## Access matrix");
        int end = document.indexOf("\n## ", start + 1);
        matrix = new ArrayList<>();
        documentedPaths = new TreeSet<>();
        for (String line : document.substring(start, end < 0 ? document.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 7 || line.startsWith("|---") || !line.contains("`")) {
                continue;
            }
            if (cells.length < 8) {
                throw new IllegalStateException("docs/security.md: a row without its POLICY_OFFICER cell: " + line);
            }
            Map<Caller, Access> access = new EnumMap<>(Caller.class);
            access.put(Caller.ANONYMOUS, access(cells[2]));
            String enterprise = cells[3];
            boolean split = enterprise.contains("own");
            access.put(Caller.ENTERPRISE_OWN, access(split ? enterprise.substring(0, enterprise.indexOf("other")) : enterprise));
            access.put(Caller.ENTERPRISE_OTHER, access(split ? enterprise.substring(enterprise.indexOf("other")) : enterprise));
            access.put(Caller.STAFF, access(cells[4]));
            access.put(Caller.AUDITOR, access(cells[5]));
            access.put(Caller.ADMIN, access(cells[6]));
            access.put(Caller.POLICY_OFFICER, access(cells[7]));
            Matcher codes = CODE.matcher(cells[1]);
            while (codes.find()) {
                Matcher endpoint = ENDPOINT.matcher(codes.group(1));
                if (endpoint.matches()) {
                    matrix.add(new Row(codes.group(1), access));
                } else {
                    documentedPaths.add(codes.group(1));
                }
            }
        }
    }

    private static Access access(String cell) {
        if (cell.contains("✅")) {
            return Access.ALLOWED;
        }
        if (cell.contains("⛔")) {
            return Access.FORBIDDEN;
        }
        if (cell.contains("🔒")) {
            return Access.UNAUTHENTICATED;
        }
        throw new IllegalStateException("docs/security.md: no ✅, ⛔ or 🔒 in the cell '" + cell.trim() + "'");
    }
}
