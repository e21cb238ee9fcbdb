package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.Simulation;
import com.techladder.registry.system.FieldProblem;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import com.techladder.registry.system.Problems;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Policy simulations and the budget forecast (docs/contracts/http-api.md, "Policy simulations"): policy officers and
 * administrators start them; staff and auditors read them too.
 */
@RestController
class PolicySimulationController {

    static final String RUNNERS = "hasAnyRole('POLICY_OFFICER', 'ADMIN')";
    static final String READERS = "hasAnyRole('POLICY_OFFICER', 'ADMIN', 'STAFF', 'AUDITOR')";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PolicySimulationService service;
    private final ChangesWorkbook workbook;
    private final MessageSource messages;

    PolicySimulationController(PolicySimulationService service, ChangesWorkbook workbook, MessageSource messages) {
        this.service = service;
        this.workbook = workbook;
        this.messages = messages;
    }

    @PostMapping("/api/v1/policy/drafts/{draftId}/simulations")
    @PreAuthorize(RUNNERS)
    ResponseEntity<Map<String, Long>> simulate(@PathVariable long draftId, @RequestBody SimulationRequest request,
            Principal principal) {
        long id = service.simulate(draftId, request.assessmentYear() == null ? 0 : request.assessmentYear(),
                request.validatedFilter(), principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/policy/simulations/" + id))
                .body(Map.of("simulationId", id));
    }

    @GetMapping("/api/v1/policy/simulations/{id}")
    @PreAuthorize(READERS)
    SimulationJson simulation(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PolicySimulationService.PAGE_SIZE) int size, Locale locale) {
        Simulation s = service.find(id).orElseThrow(() -> notFound(id));
        checkPage(page, size);
        return SimulationJson.of(s, service.changes(id, page, size), new SimulationWords(messages, locale));
    }

    @GetMapping("/api/v1/policy/simulations/{id}/changed.xlsx")
    @PreAuthorize(READERS)
    ResponseEntity<StreamingResponseBody> changedXlsx(@PathVariable long id, Locale locale) {
        Simulation s = service.find(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("policy-simulation-" + id + "-changed.xlsx").build().toString())
                .body(out -> workbook.write(s, locale, out));
    }

    /** The latest budget forecast for {@code year} (default: next year); 404 until one was started. */
    @GetMapping("/api/v1/policy/budget-forecast")
    @PreAuthorize(READERS)
    SimulationJson forecast(@RequestParam(required = false) Integer year, Locale locale) {
        int y = forecastYear(year);
        return service.latestForecast(y).map(s -> SimulationJson.of(s, null, new SimulationWords(messages, locale)))
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.simulation.noForecast", y));
    }

    @PostMapping("/api/v1/policy/budget-forecasts")
    @PreAuthorize(RUNNERS)
    ResponseEntity<Map<String, Long>> startForecast(@RequestBody(required = false) Map<String, Integer> body,
            Principal principal) {
        long id = service.forecast(forecastYear(body == null ? null : body.get("year")), principal.getName());
        return ResponseEntity.accepted().body(Map.of("simulationId", id));
    }

    /** {@code year}, validated; next calendar year when not given. */
    static int forecastYear(Integer year) {
        if (year == null) {
            return LocalDate.now().getYear() + 1;
        }
        List<FieldProblem> problems = new ArrayList<>();
        SimulationRequest.checkYear(year, "year", problems);
        SimulationRequest.throwIfAny(problems);
        return year;
    }

    private static void checkPage(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(FieldProblem.coded("page", "api.simulation.page"));
        }
        if (size < 1 || size > PolicySimulationService.MAX_PAGE_SIZE) {
            problems.add(FieldProblem.coded("size", "api.simulation.size", PolicySimulationService.MAX_PAGE_SIZE));
        }
        SimulationRequest.throwIfAny(problems);
    }

    static ErrorResponseException notFound(long id) {
        return Problems.status(HttpStatus.NOT_FOUND, "api.simulation.notFound", id);
    }
}
