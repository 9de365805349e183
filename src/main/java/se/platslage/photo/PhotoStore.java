package se.platslage.photo;

import java.util.Optional;

/**
 * Where the bytes of photos and thumbnails live. The default, {@link DatabasePhotoStore}, keeps them in the
 * database in the transaction that records the photo; a deployment may provide another bean (an S3-compatible
 * object store) and set {@code platslage.photos.store} to anything but {@code database}.
 *
 * <p>Keys are made by the application (random, URL-safe, at most 100 characters); a stored key is never
 * written again.
 */
public interface PhotoStore {

    void put(String key, String contentType, byte[] bytes);

    /** The bytes under the key; empty when nothing is stored there. */
    Optional<byte[]> get(String key);
}
