package se.platslage.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code platslage.api.*}: see application.yml. */
@ConfigurationProperties("platslage.api")
public record ApiProperties(int defaultLimit, int maxLimit, long maxBodyBytes) {
}
