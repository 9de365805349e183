package se.platslage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.platslage.system.ProblemType;

/** {@code Authorization: Bearer pls_...}: authenticates the request as the token's account, statelessly. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var account = tokens.authenticate(header.substring(7).trim());
        if (account.isEmpty()) {
            problems.write(response, ProblemType.UNAUTHORIZED, "the API token is unknown, revoked or malformed");
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(account.get().getUsername(), null,
                List.of(new SimpleGrantedAuthority(account.get().getRole().authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        CurrentActor.remember(request, account.get());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
