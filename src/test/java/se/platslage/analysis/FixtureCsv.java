package se.platslage.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The R scripts' fixture tables: CSV with a header row, no quoting, from a resource directory. */
public final class FixtureCsv {

    private FixtureCsv() {
    }

    /** The rows of {@code directory + name} (e.g. "/analysis/moran/", "cases.csv"), keyed by column name. */
    public static List<Map<String, String>> read(String directory, String name) throws IOException {
        try (InputStream in = FixtureCsv.class.getResourceAsStream(directory + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + directory + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",");
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
