package com.techladder.registry.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.registry.system.WebSlice;

import jakarta.servlet.RequestDispatcher;

/**
 * The portal's pages in a web slice: 我的企业 exists only for enterprise accounts (anonymous visitors are sent to the
 * login page, other roles refused); the home page shows each role where to start; the self-check is public; a browser
 * sees errors as a page of the portal. Where a sign-in lands is {@link PortalAccessTest}'s, over real accounts.
 */
@WebSlice
class PortalPagesWebTest {

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
    @WithMockUser(roles = "STAFF")
    void aBrowserIsShownTheErrorPageInTheLayout() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")))
                .andExpect(content().string(containsString("福州科技企业梯度培育库")));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503))
                .andExpect(content().string(containsString("服务器出错")));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffFindTheirStartingPointsOnTheHomePage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(containsString("进入工作台"), containsString("进入审计查阅"),
                        containsString("进入倍增计划"), not(containsString("id=\"home-my-enterprise\"")))));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void auditorsAreNotOfferedTheStaffConsole() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(containsString("进入审计查阅"), not(containsString("进入工作台")))));
    }

    @Test
    void theSelfCheckPagesArePublic() throws Exception {
        mvc.perform(get("/self-check")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
