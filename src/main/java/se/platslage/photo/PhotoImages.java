package se.platslage.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;
import se.platslage.system.InvalidInputException;

/**
 * Turns an uploaded file into the photo Platsläge keeps: checked for what it is by its first bytes (a PNG
 * named .jpg is a PNG), decoded in full (a decoder warning, such as a truncated JPEG, refuses it), scaled,
 * turned upright from its EXIF orientation and encoded again as a fresh JPEG, with a thumbnail. The new
 * JPEG carries no metadata at all: EXIF can name the phone, its owner's name and more.
 *
 * <p>IMPLEMENTATION NOTE: large sources are subsampled while they are decoded, so a 48-megapixel photo never
 * occupies 200 MB of heap; the image's size is read from its header first and a decompression bomb (more
 * than {@code maxSourcePixels}) is refused before any pixel is decoded.
 */
@Component
class PhotoImages {

    private static final String FIELD = "file";
    private static final float JPEG_QUALITY = 0.85f;

    private final PhotoProperties properties;

    PhotoImages(PhotoProperties properties) {
        this.properties = properties;
    }

    /** The processed photo; throws {@link InvalidInputException} on {@code file} for anything but a sound JPEG or PNG. */
    ProcessedPhoto process(byte[] upload) {
        String format = formatOf(upload);
        ExifFacts exif = ExifFacts.read(upload);
        // Scaled before it is turned: turning moves every pixel, fewer is faster.
        BufferedImage image = upright(scaled(opaque(decode(upload, format)), properties.longSidePixels()),
                exif.orientation());
        return new ProcessedPhoto(jpeg(image), jpeg(scaled(image, properties.thumbnailPixels())), image.getWidth(),
                image.getHeight(), format, exif);
    }

    /** By magic number (JPEG: FF D8 FF, ISO/IEC 10918-1 SOI; PNG: the 8-byte signature of RFC 2083 §3.1). */
    static String formatOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (bytes.length >= png.length && java.util.Arrays.equals(bytes, 0, png.length, png, 0, png.length)) {
            return "png";
        }
        throw new InvalidInputException(FIELD, "not a JPEG or PNG image (judged by its content, not its name)");
    }

    private BufferedImage decode(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > properties.maxSourcePixels()) {
                throw new InvalidInputException(FIELD, "the image is " + width + " × " + height
                        + " pixels; at most " + properties.maxSourcePixels() + " pixels are accepted");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(width, height) / (2 * properties.longSidePixels());
            if (step >= 2) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new InvalidInputException(FIELD, "the " + format.toUpperCase() + " image is damaged: "
                        + warnings.get(0));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(FIELD, "the " + format.toUpperCase()
                    + " image cannot be decoded; it is damaged or of a kind not supported");
        } finally {
            reader.dispose();
        }
    }

    /** Photos are stored as JPEG, which has no transparency: a PNG's transparent parts become white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /**
     * The image as it is meant to be seen, for EXIF orientation 1–8 (TIFF 6.0, tag 274: where row 0 and
     * column 0 of the stored image belong).
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        return switch (orientation) {
            case 2 -> Pixels.flipHorizontal(image);
            case 3 -> Pixels.rotateClockwise(Pixels.rotateClockwise(image));
            case 4 -> Pixels.rotateClockwise(Pixels.rotateClockwise(Pixels.flipHorizontal(image)));
            case 5 -> Pixels.rotateCounterClockwise(Pixels.flipHorizontal(image));
            case 6 -> Pixels.rotateClockwise(image);
            case 7 -> Pixels.rotateClockwise(Pixels.flipHorizontal(image));
            case 8 -> Pixels.rotateCounterClockwise(image);
            default -> image;
        };
    }

    /** Scaled down (never up) so that its longer side is at most {@code longSide}. */
    private static BufferedImage scaled(BufferedImage image, int longSide) {
        if (Math.max(image.getWidth(), image.getHeight()) <= longSide) {
            return image;
        }
        try {
            return Thumbnails.of(image).size(longSide, longSide).imageType(BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException("scaling failed", e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.of(image).scale(1.0).outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(out);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        }
        return out.toByteArray();
    }

    /** A photo ready to store: content and thumbnail are fresh JPEGs without metadata. */
    record ProcessedPhoto(byte[] content, byte[] thumbnail, int width, int height, String sourceFormat,
            ExifFacts exif) {
    }

    /** Quarter turns and mirroring of whole images, pixel by pixel (exact: no resampling). */
    static final class Pixels {

        private Pixels() {
        }

        static BufferedImage rotateClockwise(BufferedImage in) {
            int w = in.getWidth();
            int h = in.getHeight();
            BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(h - 1 - y, x, in.getRGB(x, y));
                }
            }
            return out;
        }

        static BufferedImage rotateCounterClockwise(BufferedImage in) {
            int w = in.getWidth();
            int h = in.getHeight();
            BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(y, w - 1 - x, in.getRGB(x, y));
                }
            }
            return out;
        }

        static BufferedImage flipHorizontal(BufferedImage in) {
            int w = in.getWidth();
            int h = in.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(w - 1 - x, y, in.getRGB(x, y));
                }
            }
            return out;
        }
    }
}
