package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;

@BothDatabases
class AuthenticationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Accounts made here are new in every run, also on a PostGIS database kept between runs. */
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);

    @Test
    void withoutSignInOnlyTheLoginPageHealthAndAssetsAreReachable() throws Exception {
        mvc.perform(get("/login.html")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
        mvc.perform(get("/api/status")).andExpect(jsonPath("$.demoMode").value(true))
                .andExpect(jsonPath("$.tileUrl").value("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login.html"));
        mvc.perform(get("/api/places"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(header().exists("WWW-Authenticate"));
        // The page's own scripts get no Basic challenge, so the browser shows no password dialog.
        mvc.perform(get("/api/places").header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void securityHeadersAllowOnlyTheApplicationsOwnScripts() throws Exception {
        mvc.perform(get("/login.html"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("img-src 'self' data: https://tile.openstreetmap.org")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aBrowserSignsInOnTheLoginPageAndItsSessionIsStoredInTheDatabase() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf())
                        .param("username", "lasare").param("password", DemoLogins.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/api/me").cookie(session)).andExpect(jsonPath("$.username").value("lasare"));
        Integer stored = jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'lasare'",
                Integer.class);
        assertThat(stored).isPositive();
    }

    @Test
    void aWrongPasswordOnTheLoginPageSaysSo() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "lasare").param("password", "fel"))
                .andExpect(redirectedUrl("/login.html?error"));
    }

    @Test
    void aBrowserChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf())
                .param("username", "strateg").param("password", DemoLogins.PASSWORD)).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        mvc.perform(post("/api/me/tokens").cookie(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
        mvc.perform(post("/api/me/tokens").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aPersonalApiTokenWorksUntilRevoked() throws Exception {
        String issued = mvc.perform(post("/api/me/tokens").with(DemoLogins.polis()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"QGIS på min dator\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(issued, "$.token");
        int id = JsonPath.read(issued, "$.id");
        assertThat(token).startsWith("pls_").hasSize(4 + 64);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.username").value("polis"));
        mvc.perform(get("/api/me/tokens").with(DemoLogins.polis()))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].token").isEmpty());

        mvc.perform(delete("/api/me/tokens/" + id).with(DemoLogins.polis())).andExpect(status().isNoContent());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer pls_nonsense")).andExpect(status().isUnauthorized());
    }

    /** Last use is written at most once a minute per token (not a commit per request), yet never lost. */
    @Test
    void aTokensLastUseIsRecordedAtMostOnceAMinute() throws Exception {
        String issued = mvc.perform(post("/api/me/tokens").with(DemoLogins.polis()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"last use " + RUN + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(issued, "$.token");
        long id = ((Number) JsonPath.read(issued, "$.id")).longValue();
        String lastUsed = "select last_used_at from api_token where id = ?";
        assertThat(jdbc.queryForObject(lastUsed, java.sql.Timestamp.class, id)).isNull();

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        java.sql.Timestamp first = jdbc.queryForObject(lastUsed, java.sql.Timestamp.class, id);
        assertThat(first).isNotNull();

        // within the minute: nothing written, so a marker set here stays
        java.sql.Timestamp marker = java.sql.Timestamp.from(first.toInstant().minusSeconds(30));
        jdbc.update("update api_token set last_used_at = ? where id = ?", marker, id);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(lastUsed, java.sql.Timestamp.class, id)).isEqualTo(marker);

        // older than a minute: the next request writes the time again
        java.sql.Timestamp stale = java.sql.Timestamp.from(first.toInstant().minusSeconds(90));
        jdbc.update("update api_token set last_used_at = ? where id = ?", stale, id);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(lastUsed, java.sql.Timestamp.class, id).toInstant()).isAfterOrEqualTo(first.toInstant());
        mvc.perform(get("/api/me/tokens").with(DemoLogins.polis()))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].lastUsedAt").isNotEmpty());
    }

    @Test
    void repeatedWrongPasswordsSlowTheAccountDownWithTheAnswerAnUnknownAccountGets() throws Exception {
        String user = "throttled-" + RUN;
        createAccount(user, "ett-riktigt-losenord");
        mvc.perform(get("/api/me").with(httpBasic(user, "ett-riktigt-losenord"))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(user, "gissning-" + i))).andExpect(status().isUnauthorized());
        }
        // during the delay even the right password is refused, with the very answer an unknown account gets
        String throttled = mvc.perform(get("/api/me").with(httpBasic(user, "ett-riktigt-losenord")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/me").with(httpBasic("finns-inte-" + user, "ett-riktigt-losenord")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(throttled, "$.detail")).isEqualTo(JsonPath.read(unknown, "$.detail"));
        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", "ett-riktigt-losenord"))
                .andExpect(redirectedUrl("/login.html?error"));
        mvc.perform(get("/api/me").with(DemoLogins.lasare())).andExpect(status().isOk());
        // a delay, not a lock: the first is a second
        Thread.sleep(1500);
        mvc.perform(get("/api/me").with(httpBasic(user, "ett-riktigt-losenord"))).andExpect(status().isOk());
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedDownAndOtherAddressesAreNot() throws Exception {
        String target = "spray-target-" + RUN;
        createAccount(target, "ett-riktigt-losenord");
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/me").with(httpBasic("spray-" + RUN + "-" + i, "Sommar2024")).with(from("10.17.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me").with(httpBasic(target, "ett-riktigt-losenord")).with(from("10.17.0.1")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(target, "ett-riktigt-losenord")).with(from("10.17.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void verifiedBasicCredentialsEndWithAPasswordChangeADisabledAccountAndAThrottle() throws Exception {
        String user = "qgis-user-" + RUN;
        int id = createAccount(user, "forsta-losenordet");
        mvc.perform(get("/api/me").with(httpBasic(user, "forsta-losenordet"))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(user, "forsta-losenordet"))).andExpect(status().isOk());
        mvc.perform(put("/api/me/password").with(httpBasic(user, "forsta-losenordet"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"forsta-losenordet\",\"newPassword\":\"andra-losenordet\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic(user, "forsta-losenordet"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(user, "andra-losenordet"))).andExpect(status().isOk());

        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(user, "gissning-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me").with(httpBasic(user, "andra-losenordet"))).andExpect(status().isUnauthorized());
        Thread.sleep(1500);
        mvc.perform(get("/api/me").with(httpBasic(user, "andra-losenordet"))).andExpect(status().isOk());

        mvc.perform(put("/api/accounts/" + id).with(DemoLogins.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user + "\",\"role\":\"lasare\",\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(user, "andra-losenordet"))).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessions() throws Exception {
        String user = "two-browsers-" + RUN;
        createAccount(user, "forsta-losenordet");
        Cookie laptop = signIn(user, "forsta-losenordet");
        Cookie phone = signIn(user, "forsta-losenordet");
        Cookie other = signIn("lasare", DemoLogins.PASSWORD);
        mvc.perform(get("/api/me").cookie(phone)).andExpect(status().isOk());
        mvc.perform(put("/api/me/password").cookie(laptop).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"forsta-losenordet\",\"newPassword\":\"andra-losenordet\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").cookie(phone)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").cookie(laptop)).andExpect(jsonPath("$.username").value(user));
        mvc.perform(get("/api/me").cookie(other)).andExpect(jsonPath("$.username").value("lasare"));
    }

    @Test
    void onlyBasicAndTokenRequestsSkipTheCsrfCheck() throws Exception {
        Cookie session = signIn("strateg", DemoLogins.PASSWORD);
        for (String header : new String[] {"Foo x", "", "Basic", "Bearer"}) {
            mvc.perform(post("/api/me/tokens").cookie(session).header("Authorization", header)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"csrf\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
        }
        // a Basic or Bearer header that does not sign in is refused; the session does not stand in for it
        for (String header : new String[] {"Basic bm9ib2R5Om5vdGhpbmc=", "Basic %%%", "Bearer pls_nonsense"}) {
            mvc.perform(post("/api/me/tokens").cookie(session).header("Authorization", header)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"csrf\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me/tokens").cookie(session))
                .andExpect(jsonPath("$[?(@.name == 'csrf')]").isEmpty());
    }

    private int createAccount(String user, String password) throws Exception {
        String created = mvc.perform(post("/api/accounts").with(DemoLogins.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user + "\",\"role\":\"lasare\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    private Cookie signIn(String user, String password) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void meSaysWhoIsSignedInAndWhatTheyMaySee() throws Exception {
        mvc.perform(get("/api/me").with(DemoLogins.strateg()))
                .andExpect(jsonPath("$.role").value("strateg"))
                .andExpect(jsonPath("$.districts", org.hamcrest.Matchers.containsInAnyOrder("hasselby-vallingby",
                        "hagersten-alvsjo")))
                .andExpect(jsonPath("$.seesPoliceFields").value(false))
                .andExpect(jsonPath("$.demoMode").value(true));
        mvc.perform(get("/api/me").with(DemoLogins.polis())).andExpect(jsonPath("$.seesPoliceFields").value(true));
    }

    @Test
    void sessionCookieIsHttpOnly() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf())
                .param("username", "lasare").param("password", DemoLogins.PASSWORD)).andReturn();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
    }
}
