package se.platslage.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platslage.security.*}.
 *
 * @param demo           create the demo accounts (password "demo") and demo police notes; never in production
 * @param adminPassword  the first admin's password; when empty a one-time password is generated and logged once
 * @param maxFailures    wrong passwords before an account is locked
 * @param lockMinutes    how long the failures are counted and the lock lasts
 * @param tileUrl        the map's tile server ({z}/{x}/{y} template), sent to the map and allowed by the CSP
 * @param tileAttribution the tile server's required attribution (HTML as Leaflet expects it)
 * @param oidcRoleClaim  the ID-token claim holding the user's groups or roles (single sign-on)
 * @param oidcRoles      claim value → Platsläge role code, e.g. {@code SDF-Trygghet: strateg}
 * @param oidcDistrictsClaim claim holding a strateg's district codes, if the identity provider sends them
 */
@ConfigurationProperties("platslage.security")
public record SecurityProperties(boolean demo, String adminPassword, int maxFailures, int lockMinutes,
        String tileUrl, String tileAttribution, String oidcRoleClaim, Map<String, String> oidcRoles, String oidcDistrictsClaim) {

    public SecurityProperties {
        oidcRoles = oidcRoles == null ? Map.of() : Map.copyOf(oidcRoles);
    }
}
