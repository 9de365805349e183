package se.platslage.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The answers of {@link AccountController}: records, so the OpenAPI document describes each field. */
final class AccountViews {

    private AccountViews() {
    }

    /**
     * Public ({@code GET /api/status}): whether demo accounts are active, the map's tile server, and the single
     * sign-on providers the login page offers.
     */
    record ServiceStatus(boolean demoMode, String tileUrl, String tileAttribution, List<SignOnProvider> sso) {
    }

    /** @param url where the login page sends the browser to sign in with this provider */
    record SignOnProvider(String id, String name, String url) {
    }

    /**
     * The signed-in user ({@code GET /api/me}).
     *
     * @param districts         the district codes the account works in
     * @param editableDistricts where the user may create places, problems, measures, targets and plans
     * @param capabilities      what the page may offer beyond single records (see README, Roles)
     */
    record Me(String username, String displayName, Role role, Set<String> districts, String responsibleRole,
            boolean seesPoliceFields, boolean demoMode, List<String> editableDistricts, Set<String> capabilities) {
    }

    /**
     * An account as admins see it ({@code /api/accounts}); sent back to {@code PUT /api/accounts/{id}} it changes
     * nothing but what was edited (the read-only members are ignored, the password is kept when left out).
     *
     * @param demo          a demo account (active only in demo mode)
     * @param localPassword whether the account can sign in with a password (not only single sign-on)
     */
    record AccountView(Long id, String username, String displayName, Role role, Set<String> districts,
            String responsibleRole, boolean enabled, boolean demo, boolean localPassword, long version) {

        static AccountView of(Account a) {
            return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getDistricts(),
                    a.getResponsibleRole(), a.isEnabled(), a.isDemo(), a.getPasswordHash() != null, a.getVersion());
        }
    }

    /** One of the user's API tokens, without its secret. */
    record ApiTokenView(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        static ApiTokenView of(ApiToken t) {
            return new ApiTokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
        }
    }

    /** A token just issued: {@code token} is its secret, shown in this answer only ({@code Bearer <token>}). */
    record IssuedApiToken(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, String token) {

        static IssuedApiToken of(ApiToken t, String secret) {
            return new IssuedApiToken(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt(),
                    secret);
        }
    }
}
