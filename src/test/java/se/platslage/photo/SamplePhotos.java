package se.platslage.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photos made in the test, with EXIF written by Apache Commons Imaging (an independent implementation of
 * the format, not the code under test).
 *
 * <pre>
 * stored pixels, 200 × 100         orientation 6 ("turn 90° clockwise to view"): 100 × 200
 * +----------+----------+          +----------+
 * |   red    |   blue   |          |   red    |
 * +----------+----------+          +----------+
 *                                  |   blue   |
 *                                  +----------+
 * </pre>
 */
public final class SamplePhotos {

    /** Written into every EXIF photo: the served photo must not contain it. */
    public static final String PHONE_IDENTITY = "Telefon-Anna-Andersson-4711";

    /** Near Hässelby torg, lon/lat. */
    public static final double LONGITUDE = 17.8335;
    public static final double LATITUDE = 59.3656;

    /** When the photo was taken, in the camera's (Stockholm) local time, as EXIF writes it. */
    public static final String TAKEN = "2026:10:14 21:30:05";

    private SamplePhotos() {
    }

    /** The half red, half blue picture, 200 × 100, as a JPEG without metadata. */
    public static byte[] plainJpeg() {
        return encode(redBlue(200, 100), "jpg");
    }

    public static byte[] png() {
        return encode(redBlue(200, 100), "png");
    }

    /** A JPEG with EXIF orientation, GPS position, time taken and the phone's identity. */
    public static byte[] jpegWithExif(int orientation) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            root.add(TiffTagConstants.TIFF_TAG_MAKE, PHONE_IDENTITY);
            root.add(TiffTagConstants.TIFF_TAG_ARTIST, PHONE_IDENTITY);
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, TAKEN);
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plainJpeg(), out, exif);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real JPEG cut off halfway: its header is sound, its picture data ends early. */
    public static byte[] truncatedJpeg() {
        byte[] whole = encode(noise(400, 300), "jpg");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** JPEG's start-of-image marker followed by nonsense. */
    public static byte[] garbageJpeg() {
        byte[] bytes = new byte[5000];
        new java.util.Random(13).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    /** The colour at (x, y) of a decoded image, as red, green, blue. */
    public static int[] rgb(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage redBlue(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
