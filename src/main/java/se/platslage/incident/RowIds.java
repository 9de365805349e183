package se.platslage.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Ids for rows whose source gives none (UK anti-social behaviour rows, CSV files without an id column): a
 * SHA-256 digest of the row's fields, plus its occurrence number among identical rows of the file. The
 * same file imported again gives the same ids, so nothing is duplicated; two identical rows in one file
 * (two reports at the same anonymised point in the same month) stay two incidents.
 */
final class RowIds {

    private final Map<String, Integer> seen = new HashMap<>();

    String idFor(List<String> fields) {
        String digest = digest(String.join("\u001f", fields.stream().map(String::trim).toList()));
        int occurrence = seen.merge(digest, 1, Integer::sum);
        return "row:" + digest + "#" + occurrence;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
