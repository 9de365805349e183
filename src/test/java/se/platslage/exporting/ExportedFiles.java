package se.platslage.exporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads exported files back to their text values, to search them as a user of the file would see them. */
final class ExportedFiles {

    private ExportedFiles() {
    }

    /** Every cell of every sheet, hidden ones included. */
    static String xlsxText(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** Every value of every table of the GeoPackage (an SQLite database), attributes and metadata alike. */
    static String geoPackageText(byte[] bytes) throws IOException, SQLException {
        Path file = Files.createTempFile("export", ".gpkg");
        try {
            Files.write(file, bytes);
            StringBuilder text = new StringBuilder();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select name from sqlite_master where type = 'table'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                Object value = rs.getObject(c);
                                if (value != null && !(value instanceof byte[])) {
                                    text.append(value).append('\n');
                                }
                            }
                        }
                    }
                }
            }
            return text.toString();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
