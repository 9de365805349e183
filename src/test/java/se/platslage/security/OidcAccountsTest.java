package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcAccountsTest {

    final SecurityProperties properties = new SecurityProperties(false, null, 5, 15, null, null, "groups",
            Map.of("SDF-Trygghet", "strateg", "LPO-Vallingby", "polis", "Alla", "lasare"), null);
    final OidcAccounts oidc = new OidcAccounts(properties, null, Clock.systemUTC());

    @Test
    void mapsAGroupClaimToItsRole() {
        assertThat(oidc.role(List.of("Alla", "Annat"))).isEqualTo(Role.LASARE);
        assertThat(oidc.role(List.of("LPO-Vallingby"))).isEqualTo(Role.POLIS);
    }

    @Test
    void theMostCapableMappedRoleWins() {
        assertThat(oidc.role(List.of("Alla", "SDF-Trygghet"))).isEqualTo(Role.STRATEG);
    }

    @Test
    void noMappedGroupMeansNoRole() {
        assertThat(oidc.role(List.of("Okänd"))).isNull();
        assertThat(oidc.role(List.of())).isNull();
    }
}
