package se.platslage.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GDAL's OAPIF driver (what QGIS uses) reads the running app's OGC API with HTTP Basic. It fails rather than
 * skips without ogrinfo: CI installs gdal-bin, and a skipped check proves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class OgcGdalTest {

    @LocalServerPort
    int port;

    @Test
    void ogrinfoReadsThePlacesLayer() throws Exception {
        Result out = ogrinfo(Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "admin:demo"),
                "-ro", "-so", "OAPIF:http://localhost:" + port + "/ogc", "places");
        System.out.println(out.text); // what GDAL made of the layer, for the CI log

        assertThat(out.exit).as(out.text).isZero();
        assertThat(out.text).contains("Layer name: places", "Geometry: Unknown (any)")
                .containsPattern("Feature Count: [1-9]\\d*").contains("name: String");
    }

    @Test
    void ogrinfoReadsEveryMeasureAcrossPages() throws Exception {
        Result out = ogrinfo(Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "lasare:demo"),
                "-ro", "-al", "-q", "-oo", "PAGE_SIZE=25", "OAPIF:http://localhost:" + port + "/ogc", "measures");

        assertThat(out.exit).as(out.text).isZero();
        long features = out.text.lines().filter(l -> l.startsWith("OGRFeature(measures)")).count();
        assertThat(features).isGreaterThan(100);
        assertThat(out.text).doesNotContain("policeNote");
    }

    @Test
    void ogrinfoWithoutCredentialsGetsNothing() throws Exception {
        Result out = ogrinfo(Map.of(), "-ro", "-so", "OAPIF:http://localhost:" + port + "/ogc", "places");

        assertThat(out.exit).as(out.text).isNotZero();
        assertThat(out.text).doesNotContain("Feature Count");
    }

    record Result(int exit, String text) {
    }

    static Result ogrinfo(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("ogrinfo"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("GDAL_HTTP_TIMEOUT", "60");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
