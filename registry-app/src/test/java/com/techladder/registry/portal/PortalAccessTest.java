package com.techladder.registry.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;

import jakarta.servlet.RequestDispatcher;

/**
 * 我的企业 exists only for enterprise accounts, and their sign-in lands there: anonymous visitors are sent to the login
 * page, other roles refused; the
 * home page shows each role where to start; a browser sees errors as a page of the portal.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalAccessTest {

    private static final String PASSWORD = "portal-landing-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

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
    void anEnterpriseSignsInToItsOwnPageAndStaffToTheHomePage() throws Exception {
        accounts.create("portal-landing-enterprise", PASSWORD, Role.ENTERPRISE, "91350100M000100Y43");
        accounts.create("portal-landing-staff", PASSWORD, Role.STAFF, null);
        try {
            mvc.perform(formLogin("/login").user("portal-landing-enterprise").password(PASSWORD))
                    .andExpect(redirectedUrl("/my-enterprise"));
            mvc.perform(formLogin("/login").user("portal-landing-staff").password(PASSWORD))
                    .andExpect(redirectedUrl("/"));
        } finally {
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'portal-landing-%'");
        }
    }

    @Test
    void theSelfCheckPagesArePublic() throws Exception {
        mvc.perform(get("/self-check")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
