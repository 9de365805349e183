package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the server tells browsers about keeping its answers, and that it compresses them (over a real socket:
 * compression is Tomcat's). The same context as the browser tests, so no second start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:platslage-browser;DB_CLOSE_DELAY=-1")
class HttpCachingTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aVersionedWebjarIsKeptForAYearAndSentCompressed() throws Exception {
        HttpResponse<byte[]> r = get("/webjars/leaflet/1.9.4/dist/leaflet.js", "Accept-Encoding", "gzip");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        // Leaflet 1.9.4 is 147 KB as a file; gzipped well under a third of that.
        assertThat(r.body().length).isLessThan(147_000 / 3);
    }

    @Test
    void theApplicationsOwnFilesAreRevalidatedByETagAndA304HasNoBody() throws Exception {
        HttpResponse<byte[]> first = get("/js/app.js", "Accept-Encoding", "gzip");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/js/app.js", "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void thePageNamesItsWebjarsByVersionAndLoadsNeitherDrawingNorChartsUpFront() throws Exception {
        String page = new String(get("/index.html", "Authorization", basic("lasare")).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("/webjars/leaflet/1.9.4/dist/leaflet.js").doesNotContain("@leaflet")
                .doesNotContain("leaflet.draw").doesNotContain("chart.");
        String vendor = new String(get("/js/vendor.js").body(), StandardCharsets.UTF_8);
        assertThat(vendor).contains("/webjars/chart.js/4.5.1/").contains("/webjars/leaflet-draw/1.0.2/");
        for (String path : new String[] {"/webjars/chart.js/4.5.1/dist/chart.umd.min.js",
                "/webjars/leaflet-draw/1.0.2/dist/leaflet.draw.js"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void apiAnswersAreCompressedAndNotStoredWhileDistrictOutlinesAreRevalidated() throws Exception {
        HttpResponse<byte[]> places = get("/api/places?limit=1000", "Accept-Encoding", "gzip", "Authorization", basic("lasare"));
        assertThat(places.statusCode()).isEqualTo(200);
        assertThat(places.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(places.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        HttpResponse<byte[]> districts = get("/api/districts", "Accept-Encoding", "gzip", "Authorization", basic("lasare"));
        assertThat(districts.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(districts.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        String etag = districts.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/districts", "If-None-Match", etag, "Authorization", basic("lasare")).statusCode()).isEqualTo(304);
        // Not signed in: still refused, the ETag opens nothing.
        assertThat(get("/api/districts", "If-None-Match", etag).statusCode()).isEqualTo(401);
    }

    @Test
    void thereIsAFavicon() throws Exception {
        HttpResponse<byte[]> ico = get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.body().length).isPositive();
        assertThat(get("/img/favicon.svg").statusCode()).isEqualTo(200);
    }
}
