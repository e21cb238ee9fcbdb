package com.techladder.registry.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.techladder.registry.testing.Bundles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The problem shapes every API controller gets from {@link ProblemHandling}, on a throw-away controller (standalone
 * MockMvc, so the application's endpoint list stays as it is).
 */
class ProblemHandlingTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Examples())
            .setControllerAdvice(handling()).build();

    /** As the application has it: the bundles, and the language of the request (here its Accept-Language). */
    private static ProblemHandling handling() {
        ResourceBundleMessageSource messages = Bundles.messages();
        ProblemHandling handling = new ProblemHandling(messages);
        handling.setMessageSource(messages);
        return handling;
    }

    @Test
    void problemsSaidByCodesAreInTheReadersLanguage() throws Exception {
        problem(mvc.perform(post("/examples/coded").header(HttpHeaders.ACCEPT_LANGUAGE, "en")), 400)
                .andExpect(jsonPath("$.detail").value("The request has 1 problem"))
                .andExpect(jsonPath("$.errors[0].message").value("The date must be between 2000-01-01 and 2100-12-31"));
        problem(mvc.perform(post("/examples/coded").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")), 400)
                .andExpect(jsonPath("$.detail").value("请求中有 1 处数据不符合要求"))
                .andExpect(jsonPath("$.errors[0].message").value("日期须在 2000-01-01 至 2100-12-31 之间"));
        problem(mvc.perform(get("/examples/run").header(HttpHeaders.ACCEPT_LANGUAGE, "en")), 404)
                .andExpect(jsonPath("$.detail").value("There is no classification run 12345"));
        problem(mvc.perform(get("/examples/run").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")), 404)
                .andExpect(jsonPath("$.detail").value("分类运行 12345 不存在"));
    }

    @Test
    void beanValidationListsEveryBrokenField() throws Exception {
        problem(mvc.perform(post("/examples").contentType(MediaType.APPLICATION_JSON).content("{\"count\": -1}")),
                400)
                .andExpect(jsonPath("$.errors", Matchers.hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("year", "count")))
                .andExpect(jsonPath("$.errors[*].message", Matchers.everyItem(Matchers.not(Matchers.emptyString()))));
    }

    @Test
    void aValidationProblemExceptionKeepsItsFieldsInOrder() throws Exception {
        problem(mvc.perform(post("/examples/raise")), 400)
                .andExpect(jsonPath("$.detail").value("两处错误"))
                .andExpect(jsonPath("$.errors[0].field").value("records[1].techStaff"))
                .andExpect(jsonPath("$.errors[0].message").value("科技人员数不能大于职工总数"))
                .andExpect(jsonPath("$.errors[1].field").value("district"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() throws Exception {
        problem(mvc.perform(post("/examples").contentType(MediaType.APPLICATION_JSON).content("{not json")), 400)
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("JSON")));
    }

    @Test
    void aConstrainedParameterIsReportedByName() throws Exception {
        problem(mvc.perform(get("/examples/page").param("size", "0")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void aResponseStatusExceptionKeepsItsStatusAndReason() throws Exception {
        problem(mvc.perform(get("/examples/missing")), 404)
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("没有这个示例"));
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    record Example(@NotNull Integer year, @Min(0) Integer count) {
    }

    /** An inner (not static) class, so component scanning never adds it to the application's contexts. */
    @RestController
    class Examples {

        @PostMapping("/examples")
        Example create(@Valid @RequestBody Example example) {
            return example;
        }

        @PostMapping("/examples/raise")
        void raise() {
            throw new ValidationProblemException("两处错误", List.of(
                    new FieldProblem("records[1].techStaff", "科技人员数不能大于职工总数"),
                    new FieldProblem("district", "不是福州市的区县")));
        }

        @PostMapping("/examples/coded")
        void coded() {
            throw new ValidationProblemException(List.of(FieldProblem.coded("asOf", "api.plan.dateRange", "2000-01-01",
                    "2100-12-31")));
        }

        @GetMapping("/examples/run")
        void run() {
            throw Problems.status(HttpStatus.NOT_FOUND, "api.run.notFound", 12345);
        }

        @GetMapping("/examples/page")
        int page(@RequestParam @Min(1) int size) {
            return size;
        }

        @GetMapping("/examples/missing")
        void missing() {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个示例");
        }
    }
}
