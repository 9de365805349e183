package se.platslage.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of the current request. The account is read from the database once per request,
 * so a role change or a disabled account takes effect at the next request, on every node.
 */
@Component
public class CurrentActor {

    /** Who acts outside any request: the geodata loader and the demo data at start-up. */
    public static final Actor SYSTEM = new Actor("system", "Platsläge", Role.ADMIN, java.util.Set.of(), null);

    /** A request nobody has signed in to (only public paths get this far): sees nothing restricted. */
    public static final Actor ANONYMOUS = new Actor("anonymous", null, Role.LASARE, java.util.Set.of(), null);

    private static final String CACHE = CurrentActor.class.getName();
    private static final ThreadLocal<Actor> BACKGROUND = new ThreadLocal<>();

    private final AccountRepository accounts;
    private final OidcAccounts oidcAccounts;

    CurrentActor(AccountRepository accounts, OidcAccounts oidcAccounts) {
        this.accounts = accounts;
        this.oidcAccounts = oidcAccounts;
    }

    public Actor get() {
        Actor background = BACKGROUND.get();
        if (background != null) {
            return background;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached) {
            return cached;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return request == null ? SYSTEM : ANONYMOUS;
        }
        String username = auth.getPrincipal() instanceof OidcUser oidc ? oidcAccounts.username(oidc) : auth.getName();
        Actor actor = accounts.findByUsernameIgnoreCase(username)
                .filter(Account::isEnabled)
                .map(Account::actor)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "the account " + username + " is disabled or no longer exists"));
        if (request != null) {
            request.setAttribute(CACHE, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /**
     * The account a filter has just read and checked for this request (an API token's): {@link #get()} takes it
     * from there instead of reading it a second time.
     */
    static void remember(jakarta.servlet.http.HttpServletRequest request, Account account) {
        request.setAttribute(CACHE, account.actor());
    }

    /**
     * Runs background work (an import job) as {@code actor}, read by the request that started it, as a request
     * reads its actor once: without it every {@link #get()} outside a request would read the account again.
     */
    public <T> T callAs(Actor actor, java.util.function.Supplier<T> work) {
        BACKGROUND.set(actor);
        try {
            return work.get();
        } finally {
            BACKGROUND.remove();
        }
    }
}
