package se.platslage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.platslage.client.ApiClient;
import se.platslage.client.api.AccountApi;
import se.platslage.client.api.MeasureApi;
import se.platslage.client.model.FeatureCollectionMeasureProperties;
import se.platslage.client.model.FeatureMeasureProperties;
import se.platslage.client.model.FollowUpRequest;
import se.platslage.client.model.FollowUpView;
import se.platslage.client.model.Geometry;
import se.platslage.client.model.IssuedApiToken;
import se.platslage.client.model.Me;
import se.platslage.client.model.MeasureProperties;
import se.platslage.client.model.TokenRequest;

/**
 * The OpenAPI document is usable as a contract: a Java client generated from it at build time (pom.xml,
 * openapi-generator, from the snapshot {@code OpenApiSnapshotTest} keeps equal to {@code /v3/api-docs}) signs in,
 * reads measures as typed features and writes a follow-up, against the running service, with no HTTP of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class GeneratedClientTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Long writtenFollowUp;
    private Long issuedToken;

    /** The follow-up and the token stay out of the shared test database's other tests. */
    @AfterEach
    void removeWhatWasWritten() {
        if (writtenFollowUp != null) {
            jdbc.update("delete from follow_up where id = ?", writtenFollowUp);
        }
        if (issuedToken != null) {
            jdbc.update("delete from api_token where id = ?", issuedToken);
        }
    }

    @Test
    void signsInReadsMeasuresAndWritesAFollowUp() throws Exception {
        // Sign in as the README describes for scripts: HTTP Basic once, to issue a personal API token.
        String basic = "Basic " + Base64.getEncoder().encodeToString("strateg:demo".getBytes(StandardCharsets.UTF_8));
        IssuedApiToken token = new AccountApi(client(basic)).accountIssueToken(new TokenRequest().name("generated client"));
        issuedToken = token.getId();
        assertThat(token.getToken()).startsWith("pls_");

        ApiClient withToken = client("Bearer " + token.getToken());
        Me me = new AccountApi(withToken).accountMe();
        assertThat(me.getUsername()).isEqualTo("strateg");
        assertThat(me.getEditableDistricts()).contains("hasselby-vallingby");

        MeasureApi measures = new MeasureApi(withToken);
        FeatureCollectionMeasureProperties page = measures.measureList(null, "hasselby-vallingby-2025", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, 50, 0);
        assertThat(page.getNumberMatched()).isGreaterThanOrEqualTo(page.getNumberReturned().longValue());
        assertThat(page.getFeatures()).hasSize(page.getNumberReturned());
        FeatureMeasureProperties measure = page.getFeatures().stream()
                .filter(f -> f.getProperties().getActions().contains("followUp") && f.getGeometry() != null)
                .findFirst().orElseThrow();
        MeasureProperties properties = measure.getProperties();
        assertThat(properties.getId()).isEqualTo(measure.getId());
        assertThat(properties.getPlanCode()).isEqualTo("hasselby-vallingby-2025");
        assertThat(properties.getStatus()).isNotNull();
        Geometry geometry = measure.getGeometry();
        assertThat(geometry.getType()).isNotNull();
        assertThat(firstPosition(geometry.getCoordinates()).get(0)).isBetween(17.0, 18.5); // lon, Stockholm
        assertThat(firstPosition(geometry.getCoordinates()).get(1)).isBetween(59.0, 60.0); // lat

        // The measure's own status again, so the follow-up changes nothing else other tests could see.
        // With an idempotency key, as a phone that may retry sends it: the retry gets the same entry back.
        String key = java.util.UUID.randomUUID().toString();
        FollowUpRequest followUp = new FollowUpRequest()
                .status(properties.getStatus()).text("Uppföljning skriven av den genererade klienten");
        FollowUpView written = measures.measureAddFollowUp(measure.getId(), followUp, key);
        assertThat(measures.measureAddFollowUp(measure.getId(), followUp, key).getId()).isEqualTo(written.getId());
        writtenFollowUp = written.getId();
        assertThat(written.getMeasure()).isEqualTo(measure.getId());
        assertThat(written.getRecordedBy()).isEqualTo("strateg");

        List<FollowUpView> history = measures.measureFollowUps(measure.getId());
        assertThat(history).anySatisfy(f -> {
            assertThat(f.getId()).isEqualTo(written.getId());
            assertThat(f.getText()).isEqualTo("Uppföljning skriven av den genererade klienten");
            assertThat(f.getStatus()).isEqualTo(properties.getStatus());
        });
        MeasureProperties after = measures.measureGet(measure.getId()).getProperties();
        assertThat(after.getFollowUpCount()).isEqualTo(properties.getFollowUpCount() + 1);
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                "http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    /** The first [lon, lat] of GeoJSON coordinates of any depth. */
    @SuppressWarnings("unchecked")
    private static List<Double> firstPosition(List<Object> coordinates) {
        Object first = coordinates.get(0);
        if (first instanceof List<?> nested) {
            return firstPosition((List<Object>) nested);
        }
        return coordinates.stream().map(c -> ((Number) c).doubleValue()).toList();
    }
}
