package se.platslage.importing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code platslage.geodata.*}: where the plans and geometries loaded on start live. */
@ConfigurationProperties("platslage.geodata")
public record GeodataProperties(Path dir, boolean loadOnStart) {
}
