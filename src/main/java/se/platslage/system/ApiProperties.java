package se.platslage.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code platslage.api.*}: see application.yml. */
@ConfigurationProperties("platslage.api")
public record ApiProperties(int defaultLimit, int maxLimit, long maxBodyBytes,
        @DefaultValue("30s") Duration readTimeout) {
}
