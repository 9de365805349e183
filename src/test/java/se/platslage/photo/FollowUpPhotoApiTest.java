package se.platslage.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.as;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.measure.Measure;

/** Photos of site work on follow-ups (issue 13): what is accepted, what is served, who sees what. */
@BothDatabases
@Transactional
class FollowUpPhotoApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private Measure measure() {
        return fixtures.measure("hv25-2-02-a");
    }

    private long followUp(Measure measure, boolean restricted, RequestPostProcessor who) throws Exception {
        String body = mvc.perform(post("/api/measures/" + measure.getId() + "/follow-ups").with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ongoing\",\"text\":\"Buskar klippta\",\"restricted\":" + restricted + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions upload(Measure measure, long followUp, byte[] bytes, String name, String key,
            RequestPostProcessor who) throws Exception {
        var request = multipart("/api/measures/" + measure.getId() + "/follow-ups/" + followUp + "/photos")
                .file(new MockMultipartFile("file", name, "image/jpeg", bytes)).param("role", "after").with(who);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private String photosOf(Measure measure, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/measures/" + measure.getId() + "/follow-ups").with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private byte[] download(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_JPEG))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void positionAndTimeAreReadFromExifAndTheServedPhotoCarriesNoExif() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        String body = upload(m, f, SamplePhotos.jpegWithExif(1), "IMG_0001.jpg", key(), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("after"))
                // 21:30:05 in Stockholm on 14 October (summer time, UTC+2)
                .andExpect(jsonPath("$.takenAt").value("2026-10-14T19:30:05Z"))
                .andExpect(jsonPath("$.position.coordinates[0]").value(closeTo(SamplePhotos.LONGITUDE, 1e-6)))
                .andExpect(jsonPath("$.position.coordinates[1]").value(closeTo(SamplePhotos.LATITUDE, 1e-6)))
                .andReturn().getResponse().getContentAsString();

        for (String url : new String[] {JsonPath.read(body, "$.url"), JsonPath.read(body, "$.thumbnailUrl")}) {
            byte[] served = download(url, as("lasare"));
            assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(SamplePhotos.PHONE_IDENTITY)
                    .doesNotContain("Exif\0\0");
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served));
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(SamplePhotos.decode(served)).isNotNull();
        }
    }

    @Test
    void theExifOrientationIsApplied() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        String body = upload(m, f, SamplePhotos.jpegWithExif(6), "IMG_0002.jpg", key(), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.width").value(100))
                .andExpect(jsonPath("$.height").value(200))
                .andReturn().getResponse().getContentAsString();
        var image = SamplePhotos.decode(download(JsonPath.read(body, "$.url"), admin()));
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(200);
        // The stored picture's left (red) half is the top once turned a quarter clockwise.
        int[] top = SamplePhotos.rgb(image, 50, 30);
        int[] bottom = SamplePhotos.rgb(image, 50, 170);
        assertThat(top[0]).isGreaterThan(200);
        assertThat(top[2]).isLessThan(60);
        assertThat(bottom[2]).isGreaterThan(200);
        assertThat(bottom[0]).isLessThan(60);
    }

    @Test
    void aPngNamedJpgIsJudgedByItsContent() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        String body = upload(m, f, SamplePhotos.png(), "photo.jpg", key(), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceFormat").value("png"))
                .andExpect(jsonPath("$.sourceName").value("photo.jpg"))
                .andReturn().getResponse().getContentAsString();
        byte[] served = download(JsonPath.read(body, "$.url"), admin());
        assertThat(served[0] & 0xFF).isEqualTo(0xFF);
        assertThat(served[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void brokenJpegsAndOtherFilesAreRefusedAndNothingIsStored() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        for (byte[] broken : new byte[][] {SamplePhotos.truncatedJpeg(), SamplePhotos.garbageJpeg(),
                "GIF89a not a photo".getBytes(StandardCharsets.US_ASCII)}) {
            upload(m, f, broken, "broken.jpg", key(), admin())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value("file"));
        }
        mvc.perform(get("/api/measures/" + m.getId() + "/follow-ups").with(admin()))
                .andExpect(jsonPath("$[?(@.id == " + f + ")].photos[*]", hasSize(0)));
    }

    @Test
    void aThirtyMegabytePhotoIsRefusedWith413() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(SamplePhotos.plainJpeg(), 0, huge, 0, 100);
        // As a parsed part: refused by the per-photo limit.
        upload(m, f, huge, "huge.jpg", key(), admin())
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("file"));
        // As a request with its length announced: refused by the per-request limit before it is parsed.
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups/" + f + "/photos").with(admin())
                        .header("Idempotency-Key", key()).contentType("multipart/form-data; boundary=xyz")
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("per request")));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSamePhotoAndStoresNoSecond() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        String key = key();
        String first = upload(m, f, SamplePhotos.plainJpeg(), "a.jpg", key, admin())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        upload(m, f, SamplePhotos.plainJpeg(), "a.jpg", key, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(((Number) JsonPath.read(first, "$.id")).intValue()));
        mvc.perform(get("/api/measures/" + m.getId() + "/follow-ups").with(admin()))
                .andExpect(jsonPath("$[?(@.id == " + f + ")].photos[*]", hasSize(1)));
        // The same key for another follow-up is a client mistake, not a retry.
        long other = followUp(m, false, admin());
        upload(m, other, SamplePhotos.plainJpeg(), "b.jpg", key, admin())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    @Test
    void anUploadWithoutAKeyIsRefused() throws Exception {
        Measure m = measure();
        long f = followUp(m, false, admin());
        upload(m, f, SamplePhotos.plainJpeg(), "a.jpg", null, admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    @Test
    void aFollowUpSentTwiceWithOneKeyIsRecordedOnce() throws Exception {
        Measure m = measure();
        String key = key();
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            String body = mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").with(admin())
                            .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"ongoing\",\"text\":\"Från telefonen\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            ids[i] = JsonPath.read(body, "$.id").toString();
        }
        assertThat(ids[1]).isEqualTo(ids[0]);
        mvc.perform(get("/api/measures/" + m.getId() + "/follow-ups").with(admin()))
                .andExpect(jsonPath("$[?(@.text == 'Från telefonen')]", hasSize(1)));
    }

    @Test
    void whoMayAddPhotosFollowsWhoMayFollowUp() throws Exception {
        Measure hv = measure();
        long f = followUp(hv, false, admin());
        upload(hv, f, SamplePhotos.plainJpeg(), "a.jpg", key(), as("lasare")).andExpect(status().isForbidden());
        upload(hv, f, SamplePhotos.plainJpeg(), "a.jpg", key(), as("parkingenjor")).andExpect(status().isForbidden());
        upload(hv, f, SamplePhotos.plainJpeg(), "a.jpg", key(), as("polis")).andExpect(status().isForbidden());
        upload(hv, f, SamplePhotos.plainJpeg(), "a.jpg", key(), as("strateg")).andExpect(status().isCreated());

        Measure park = fixtures.parkEngineersMeasure();
        long parkFollowUp = followUp(park, false, as("parkingenjor"));
        upload(park, parkFollowUp, SamplePhotos.plainJpeg(), "before.jpg", key(), as("parkingenjor"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedBy").value("parkingenjor"))
                .andExpect(header().exists("Location"));
        upload(park, 999_999_999L, SamplePhotos.plainJpeg(), "x.jpg", key(), as("parkingenjor"))
                .andExpect(status().isNotFound());
    }

    @Test
    void photosOfARestrictedFollowUpArePoliceOnly() throws Exception {
        Measure m = measure();
        long f = followUp(m, true, admin());
        String body = upload(m, f, SamplePhotos.plainJpeg(), "polis.jpg", key(), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.restricted").value(true))
                .andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(body, "$.url");
        String thumbnail = JsonPath.read(body, "$.thumbnailUrl");
        for (String role : new String[] {"strateg", "parkingenjor", "lasare"}) {
            mvc.perform(get(url).with(as(role))).andExpect(status().isNotFound());
            mvc.perform(get(thumbnail).with(as(role))).andExpect(status().isNotFound());
            assertThat(photosOf(m, as(role))).doesNotContain(url);
        }
        download(url, as("polis"));
        assertThat(photosOf(m, as("polis"))).contains(url);
        // Only those who may write restricted follow-ups add photos to one.
        upload(m, f, SamplePhotos.plainJpeg(), "s.jpg", key(), as("strateg")).andExpect(status().isForbidden());
    }
}
