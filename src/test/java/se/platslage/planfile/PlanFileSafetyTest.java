package se.platslage.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the reader must refuse with a clear message, before storing anything. */
class PlanFileSafetyTest {

    @TempDir
    Path dir;

    private final PlanFileReader reader = new PlanFileReader();

    @Test
    void refusesAFileThatIsNotAnXlsx() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.xlsx"), "Prioriterat samverkansområde;Orsak;Åtgärd\n");

        assertThatThrownBy(() -> reader.read(file, 2024)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("inte en Excel-arbetsbok");
    }

    @Test
    void refusesTheOldXlsFormatWithAHint() throws IOException {
        Path file = dir.resolve("plan.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("2. Otrygga").createRow(0).createCell(0).setCellValue("Orsak");
            wb.write(out);
        }

        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining(".xls").hasMessageContaining("Spara den som");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path plain = planWithOneRow();
        Path file = dir.resolve("skyddad.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining("lösenordsskyddad");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        // 400 cells of 30,000 identical characters: 12 MB of sheet XML that zips to a few kB.
        Path file = dir.resolve("bomb.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("2. Otrygga");
            sheet.createRow(0).createCell(0).setCellValue("Åtgärd");
            String filler = "a".repeat(30_000);
            for (int r = 1; r <= 400; r++) {
                sheet.createRow(r).createCell(0).setCellValue(filler);
            }
            wb.write(out);
        }

        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining("zip-bomb");
    }

    @Test
    void refusesAFormulaInAPlanRowNamingSheetAndCell() throws IOException {
        Path file = dir.resolve("formel.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook()) {
            wb.sheet("2. Otrygga och brottsutsatta platser").row("Problem", "Orsak", "Åtgärd", "När")
                    .row("Trymån", "Mörkt", "Belysning", null);
            wb.current().getRow(1).createCell(3).setCellFormula("HYPERLINK(\"http://example.invalid\",\"2024\")");
            wb.save(file);
        }

        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining("formel")
                .hasMessageContaining("Fliken \"2. Otrygga och brottsutsatta pl\"").hasMessageContaining("D2");
    }

    @Test
    void refuses100000RowsQuicklyWithAClearMessage() throws IOException {
        Path file = dir.resolve("stor.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("2. Otrygga");
            sheet.createRow(0).createCell(0).setCellValue("Åtgärd");
            for (int r = 1; r <= 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Åtgärd " + r);
                row.createCell(1).setCellValue("Orsak");
            }
            wb.write(out);
        }

        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining("högst 20000 rader");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(3.0);
    }

    @Test
    void refusesAnAreaSheetWithoutARecognisableHeader() throws IOException {
        Path file = dir.resolve("utan-rubrik.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook()) {
            wb.sheet("2. Otrygga och brottsutsatta platser").row("Trymån", "Mörkt", "Belysning").save(file);
        }

        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining("ingen rubrikrad")
                .hasMessageContaining("Fliken \"2. Otrygga och brottsutsatta pl\"");
    }

    @Test
    void refusesAWorkbookWithoutAnyPlanSheet() throws IOException {
        Path file = dir.resolve("instruktion.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook()) {
            wb.sheet("Instruktion").row("Enligt lag (2023:196) om kommuners ansvar ...").save(file);
        }

        assertThatThrownBy(() -> reader.read(file, 2024)).hasMessageContaining("ingen flik med mallens kolumner");
    }

    private Path planWithOneRow() throws IOException {
        try (TemplateWorkbook wb = new TemplateWorkbook()) {
            return wb.sheet("2. Otrygga").row("Problem", "Orsak", "Åtgärd").row("Trymån", "Mörkt", "Belysning")
                    .save(dir.resolve("plain.xlsx"));
        }
    }
}
