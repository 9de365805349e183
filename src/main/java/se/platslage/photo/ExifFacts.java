package se.platslage.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import se.platslage.geo.Sweref;

/**
 * What a photo's EXIF says that Platsläge keeps: its orientation (applied, then dropped), where and when it
 * was taken (kept as fields). Read with metadata-extractor; a photo without EXIF, or with EXIF that cannot be
 * read, simply has none of these.
 *
 * @param orientation EXIF orientation 1–8 (TIFF 6.0 tag 274); 1 when absent
 * @param takenAt     DateTimeOriginal, in its OffsetTimeOriginal zone when given, else Stockholm time
 * @param position    the GPS position in SWEREF 99 TM; null when absent or outside Sweden's area of use
 */
record ExifFacts(int orientation, Instant takenAt, Point position) {

    /** Cameras write local time without a zone (before EXIF 2.31's OffsetTime): these photos are taken here. */
    private static final TimeZone LOCAL = TimeZone.getTimeZone("Europe/Stockholm");

    static final ExifFacts NONE = new ExifFacts(1, null, null);

    static ExifFacts read(byte[] image) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return NONE;
        }
        return new ExifFacts(orientation(metadata), takenAt(metadata), position(metadata));
    }

    private static int orientation(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return 1;
        }
        try {
            int value = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : 1;
        } catch (MetadataException e) {
            return 1;
        }
    }

    private static Instant takenAt(Metadata metadata) {
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Date date = exif == null ? null : exif.getDateOriginal(LOCAL);
        return date == null ? null : date.toInstant();
    }

    private static Point position(Metadata metadata) {
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        if (location == null || location.isZero()
                || !Sweref.AREA_OF_USE_WGS84.contains(location.getLongitude(), location.getLatitude())) {
            return null;
        }
        Point lonLat = Sweref.WGS84_FACTORY.createPoint(new Coordinate(location.getLongitude(), location.getLatitude()));
        return (Point) Sweref.fromWgs84(lonLat);
    }
}
