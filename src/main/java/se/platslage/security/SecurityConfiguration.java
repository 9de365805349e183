package se.platslage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import se.platslage.system.ProblemType;

/**
 * Who may reach what, and how they sign in.
 *
 * Browsers sign in on the login page (session in the database, CSRF token in a cookie the page's
 * scripts send back as X-XSRF-TOKEN); scripts and GIS clients use HTTP Basic or a personal API token,
 * statelessly and without CSRF (no cookie is involved). Single sign-on (OpenID Connect) is on when a
 * client registration is configured. Everything but the login page, static assets and the health check
 * needs a signed-in user; per-record rules (district, assignment, police fields) are in {@link Actor}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/login.html", "/login", "/css/**", "/js/**", "/webjars/**",
            "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/api/status", "/error"};

    /** API clients get 401/403 as problem+json; browsers asking for pages are sent to the login page. */
    private static final RequestMatcher API = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/ogc") || path.startsWith("/v3/")
                || path.startsWith("/actuator");
    };

    /**
     * A change to the service's data that carries a body or parameters to check: POST, PUT and PATCH under /api,
     * except the account's own settings under /api/me (password, API tokens). A DELETE has nothing to validate;
     * its endpoint's own rule answers it, with its own reason.
     */
    private static final RequestMatcher DATA_CHANGE = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.startsWith("/api/me/")
                && List.of("POST", "PUT", "PATCH").contains(request.getMethod());
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id (OWASP's first choice); {id} prefixes let the hash be upgraded later without a reset.
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoder = new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2,
                "bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()));
        return encoder;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
            SecurityProperties properties, OidcAccounts oidc,
            ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
        var csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").path("/"));
        http
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/accounts/**", "/api/audit/**", "/api/deleted/**").hasRole("ADMIN")
                        // Läsare only read: their changes are refused here, before the body is read, so a 403 and
                        // not the body's validation errors is the answer (authorization before validation).
                        .requestMatchers(DATA_CHANGE).access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.LASARE.name()))))
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure())
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        unauthorized(request, response, problems, e.getMessage())))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                unauthorized(request, response, problems, "sign in first (session, HTTP Basic or "
                                        + "Authorization: Bearer <API token>)"), API)
                        .accessDeniedHandler((request, response, e) -> denied(request, response, problems, e)))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // Basic and token clients send no cookie, so a forged cross-site request cannot carry them.
                        .ignoringRequestMatchers(SecurityConfiguration::signsInItself))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login.html")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc.userService())));
        }
        return http.build();
    }

    /**
     * Only the application's own scripts and styles; map tiles from the configured tile server; no frames,
     * no plugins, forms only to ourselves.
     */
    static String contentSecurityPolicy(SecurityProperties properties) {
        String tiles = "";
        if (properties.tileUrl() != null && !properties.tileUrl().isBlank()) {
            URI uri = URI.create(properties.tileUrl().replace("{s}", "a").replace("{z}", "0").replace("{x}", "0")
                    .replace("{y}", "0").replace("{r}", ""));
            tiles = " " + uri.getScheme() + "://" + uri.getHost().replaceFirst("^a\\.", "*.")
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        }
        // blob: for the preview of a photo taken on the phone and kept there until it is sent (issue 13).
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + " blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            ProblemResponses problems, String detail) throws IOException {
        if (!API.matches(request)) {
            response.sendRedirect(request.getContextPath() + "/login.html");
            return;
        }
        // No Basic challenge for the page's own scripts: the browser would pop up its password dialog.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Platsläge\"");
        }
        problems.write(response, ProblemType.UNAUTHORIZED, detail);
    }

    /**
     * A change without a CSRF token from someone not signed in is refused as unauthenticated (401), not as
     * forbidden: they have to sign in first. Signed in, a missing token or a missing right is a 403.
     */
    private static void denied(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems,
            AccessDeniedException e) throws IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        if (!signedIn) {
            unauthorized(request, response, problems, "sign in first (session, HTTP Basic or "
                    + "Authorization: Bearer <API token>)");
        } else if (e instanceof CsrfException) {
            problems.write(response, ProblemType.FORBIDDEN, "the CSRF token is missing or wrong: send the XSRF-TOKEN "
                    + "cookie's value as the X-XSRF-TOKEN header");
        } else if (DATA_CHANGE.matches(request)
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.LASARE.authority()))) {
            problems.write(response, ProblemType.FORBIDDEN, "a lasare (viewer) account only reads; changes need the "
                    + "strateg, parkingenjor, polis or admin role");
        } else {
            problems.write(response, ProblemType.FORBIDDEN, "your role may not do this here: " + e.getMessage());
        }
    }

    /**
     * A request that signs in by itself: HTTP Basic or an API token. Only these two schemes skip the CSRF check,
     * because their filters answer 401 to credentials that do not authenticate instead of falling back to the
     * session cookie; any other Authorization header (empty, unknown scheme) leaves the check in place.
     */
    static boolean signsInItself(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.length() > 7
                && (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /** The same page for every failure: a wrong password, an unknown or a throttled account (see LoginThrottle). */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath() + "/login.html?error");
    }

    /** Makes the (deferred) CSRF token render its cookie on every response, for the page's scripts. */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
