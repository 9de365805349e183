package se.platslage.photo;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/photos/{id}} and {@code …/thumbnail}: the stored JPEG, without any metadata. Photos never
 * change, so the browser may keep them; privately, as who may see one depends on the user.
 */
@RestController
@RequestMapping("/api/photos")
class PhotoController {

    private static final CacheControl PRIVATE_FOR_A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    @GetMapping(path = "/{id}", produces = MediaType.IMAGE_JPEG_VALUE)
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(PRIVATE_FOR_A_DAY).body(photos.content(id, false));
    }

    @GetMapping(path = "/{id}/thumbnail", produces = MediaType.IMAGE_JPEG_VALUE)
    ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(PRIVATE_FOR_A_DAY).body(photos.content(id, true));
    }
}
