package se.platslage.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    private final CsvWriter csv = new CsvWriter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+46 8 508 00", "-2+3", "@SUM(A1)", "\tTab", "\rCR"})
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormula(String text) {
        // A quoted field's content starts after the opening quote: the apostrophe must come first there too.
        assertThat(csv.cell(text).replaceFirst("^\"", "")).startsWith("'");
        assertThat(CsvWriter.neutralise(text)).isEqualTo("'" + text);
    }

    @Test
    void leavesOrdinaryTextAndNumbersAlone() {
        assertThat(csv.cell("Hässelby torg")).isEqualTo("Hässelby torg");
        assertThat(csv.cell(-3)).isEqualTo("-3");
        assertThat(csv.cell(LocalDate.of(2024, 12, 31))).isEqualTo("2024-12-31");
        assertThat(csv.cell(null)).isEmpty();
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(csv.cell("Belysning; sly")).isEqualTo("\"Belysning; sly\"");
        assertThat(csv.cell("\"Sommartorg\"")).isEqualTo("\"\"\"Sommartorg\"\"\"");
        assertThat(csv.cell("rad 1\nrad 2")).isEqualTo("\"rad 1\nrad 2\"");
        assertThat(csv.cell("=1;2")).isEqualTo("\"'=1;2\"");
    }

    @Test
    void writesUtf8WithAByteOrderMarkAndCrlfRows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        csv.write(out, List.of("ref", "åtgärd", "platser"),
                List.of(Arrays.asList("hv25-2-01-a", "Röj sly", List.of("hasselby-torg", "tryman")),
                        Arrays.asList("hv25-2-01-b", null, List.of())));

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("ref;åtgärd;platser\r\nhv25-2-01-a;Röj sly;hasselby-torg, tryman\r\nhv25-2-01-b;;\r\n");
    }
}
