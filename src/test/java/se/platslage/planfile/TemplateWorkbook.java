package se.platslage.planfile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds messy workbooks in the shape of the city's files, cell by cell, for the reader tests. */
final class TemplateWorkbook implements AutoCloseable {

    final XSSFWorkbook workbook = new XSSFWorkbook();
    private Sheet sheet;
    private int row;

    TemplateWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        row = 0;
        return this;
    }

    /** One row; null leaves a cell empty. */
    TemplateWorkbook row(String... cells) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                r.createCell(i).setCellValue(cells[i]);
            }
        }
        return this;
    }

    TemplateWorkbook rows(List<String[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    /** Moves past a row the test filled itself. */
    void skipRow() {
        row++;
    }

    Sheet current() {
        return sheet;
    }

    int nextRow() {
        return row;
    }

    Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
