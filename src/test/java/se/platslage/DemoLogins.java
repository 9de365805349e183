package se.platslage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts (demo mode is on in tests), signing in for real with HTTP Basic: every API test goes
 * through the same authentication as a script or GIS client would.
 */
public final class DemoLogins {

    public static final String PASSWORD = "demo";

    private DemoLogins() {
    }

    public static RequestPostProcessor admin() {
        return httpBasic("admin", PASSWORD);
    }

    /** Trygghetsstrateg for Hässelby-Vällingby and Hägersten-Älvsjö (not Södermalm). */
    public static RequestPostProcessor strateg() {
        return httpBasic("strateg", PASSWORD);
    }

    /** Parkingenjör: measures whose "Vem" says Parkingenjör, or assigned to "parkingenjor". */
    public static RequestPostProcessor parkingenjor() {
        return httpBasic("parkingenjor", PASSWORD);
    }

    public static RequestPostProcessor polis() {
        return httpBasic("polis", PASSWORD);
    }

    public static RequestPostProcessor lasare() {
        return httpBasic("lasare", PASSWORD);
    }

    public static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }
}
