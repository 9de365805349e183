package se.platslage.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;

/** Template-shaped workbooks built cell by cell, as the city's files are: one sheet per area, null = empty cell. */
final class Workbooks {

    static final String[] HEADER = {"Prioriterat samverkansområde / problem", "Orsak", "Åtgärd", "Operativa mål",
            "När", "Vem"};

    private Workbooks() {
    }

    static MockMultipartFile file(String sheetName, String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return xlsx(out.toByteArray());
        }
    }

    static MockMultipartFile xlsx(byte[] bytes) {
        return new MockMultipartFile("file", "plan.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    /**
     * A city file for area 2: the first problem at a known place with two measures (the second continues the
     * merged problem and cause cells), the second at a place nobody has drawn, with a timing nobody can read.
     */
    static MockMultipartFile cityPlan() throws IOException {
        return file("2. Otrygga och brottsutsatta platser",
                new String[] {"Otrygga och brottsutsatta platser"},
                HEADER,
                new String[] {null, "Beskriv orsaken till problemet", "Koppla åtgärd till orsak"},
                new String[] {"Hässelby torg (ÖDS) - stora torget, narkotikahantering kvällstid",
                        "Saknar insyn och belysning", "Ny belysning längs gångvägen", "Ökad trygghet", "V 32-33 2024",
                        "Parkingenjör"},
                new String[] {null, null, "Polisen genomför snabba avvisningar", null, "Löpande 2024", "Lpo Vällingby"},
                new String[] {"Okändabacken - samlingsplats för unga", "Mörkt och öde",
                        "Sommartorg med aktiviteter", null, "när andan faller på", "SDF"});
    }
}
