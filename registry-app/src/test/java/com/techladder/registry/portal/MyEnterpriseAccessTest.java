package com.techladder.registry.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** 我的企业 exists only for enterprise accounts: anonymous visitors are sent to the login page, other roles refused. */
@SpringBootTest
@AutoConfigureMockMvc
class MyEnterpriseAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/my-enterprise"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffHaveNoEnterpriseOfTheirOwn() throws Exception {
        mvc.perform(get("/my-enterprise")).andExpect(status().isForbidden());
    }

    @Test
    void theSelfCheckPagesArePublic() throws Exception {
        mvc.perform(get("/self-check")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
