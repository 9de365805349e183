package se.platslage.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With an OpenID Connect registration configured, sign-in through the identity provider is offered and
 * the local login keeps working. (The provider's endpoints are never called: the test stops at the
 * redirect to its authorization endpoint.)
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:platslage-sso;DB_CLOSE_DELAY=-1",
        "platslage.geodata.load-on-start=false",
        "spring.security.oauth2.client.registration.stad.client-id=platslage",
        "spring.security.oauth2.client.registration.stad.client-secret=hemligt",
        "spring.security.oauth2.client.registration.stad.scope=openid,profile",
        "spring.security.oauth2.client.registration.stad.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.stad.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.stad.authorization-uri=https://idp.example.se/auth",
        "spring.security.oauth2.client.provider.stad.token-uri=https://idp.example.se/token",
        "spring.security.oauth2.client.provider.stad.jwk-set-uri=https://idp.example.se/jwks",
        "spring.security.oauth2.client.provider.stad.user-info-uri=https://idp.example.se/userinfo",
        "spring.security.oauth2.client.provider.stad.user-name-attribute=sub"})
@AutoConfigureMockMvc
class SingleSignOnTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signInStartsAtTheIdentityProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/stad"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        "https://idp.example.se/auth?response_type=code&client_id=platslage")));
    }

    @Test
    void theLoginPageIsToldWhichProvidersToOffer() throws Exception {
        mvc.perform(get("/api/status"))
                .andExpect(jsonPath("$.sso[0].id").value("stad"))
                .andExpect(jsonPath("$.sso[0].url").value("/oauth2/authorization/stad"));
    }

    @Test
    void theLocalLoginKeepsWorking() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "strateg").param("password", "demo"))
                .andExpect(redirectedUrl("/"));
    }
}
