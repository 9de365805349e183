package se.platslage.planfile;

/**
 * What the xlsx reader accepts. An xlsx is a zip: {@code maxEntryBytes} caps what one part may unzip to and
 * {@code minInflateRatio} refuses parts that compress better than real spreadsheets do (zip bombs; POI's
 * ZipSecureFile). {@code maxRows} counts rows over all sheets, so 100,000 rows are refused before parsing when
 * the sheets declare their size, or as soon as the count passes the limit when they do not.
 *
 * @param maxFileBytes         the upload itself
 * @param maxEntryBytes        uncompressed size of any one part of the zip (a sheet, the shared strings)
 * @param minInflateRatio      compressed/uncompressed below this is a zip bomb (POI's default is 0.01)
 * @param maxRows              rows over all sheets, header and empty rows included
 */
public record PlanFileLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxRows) {

    /** 20 MB file, 200 MB per part, ratio 1:100, 20,000 rows: room for a 10,000-row plan, not for a bomb. */
    public static final PlanFileLimits DEFAULT = new PlanFileLimits(20L << 20, 200L << 20, 0.01, 20_000);
}
