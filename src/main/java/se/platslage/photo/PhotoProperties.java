package se.platslage.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code platslage.photos.*}: see application.yml.
 *
 * @param store            {@code database} (default) or the name of another {@link PhotoStore}
 * @param maxPhotoSize     largest uploaded photo file
 * @param maxRequestSize   largest upload request (one photo and its form fields); refused by Content-Length
 * @param maxSourcePixels  largest decoded image (width × height) accepted, against decompression bombs
 * @param longSidePixels   the stored image's longer side at most
 * @param thumbnailPixels  the thumbnail's longer side at most
 */
@ConfigurationProperties("platslage.photos")
public record PhotoProperties(
        @DefaultValue("database") String store,
        @DefaultValue("15MB") DataSize maxPhotoSize,
        @DefaultValue("16MB") DataSize maxRequestSize,
        @DefaultValue("120000000") long maxSourcePixels,
        @DefaultValue("2048") int longSidePixels,
        @DefaultValue("320") int thumbnailPixels) {
}
