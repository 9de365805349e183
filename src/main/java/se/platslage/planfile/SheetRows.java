package se.platslage.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SpreadsheetML, ECMA-376 §18.3) row by row to a {@link Sink}, so memory stays
 * bounded by one row whatever the sheet's size. Cells come as text: shared and inline strings as written,
 * numbers and dates formatted as Excel shows them (Swedish locale, so a "När" typed as jun-24 stays "jun-24").
 *
 * Formulas: a cell with a formula is refused ({@link PlanFileException} naming sheet and cell) unless the
 * caller accepts cached results (the Sammanställning sheet, whose counts are formulas in the city's template).
 * A plan's rows are text written by people; a formula there is either a mistake or an attempt to smuggle
 * something into later exports, and its cached value may be stale.
 */
final class SheetRows extends DefaultHandler {

    /** Receives each non-empty row; {@code cells} is indexed by column (A = 0), null where empty. */
    interface Sink {
        void row(int rowNumber, List<String> cells);
    }

    /** Counts rows over the whole workbook so the limit holds for the file, not per sheet. */
    static final class RowBudget {
        private final int maxRows;
        private int used;

        RowBudget(int maxRows) {
            this.maxRows = maxRows;
        }

        void declare(String sheet, int lastRow) {
            if (used + lastRow > maxRows) {
                throw tooMany(sheet, used + lastRow);
            }
        }

        void take(String sheet) {
            if (++used > maxRows) {
                throw tooMany(sheet, used);
            }
        }

        private PlanFileException tooMany(String sheet, int rows) {
            return new PlanFileException("Fliken \"" + sheet + "\": arbetsboken har minst " + rows
                    + " rader; högst " + maxRows + " rader kan läsas in. Dela upp filen.");
        }
    }

    private static final Pattern DIMENSION = Pattern.compile("^[A-Z]+\\d+:[A-Z]+(\\d+)$");
    private static final int MAX_COLUMNS = 256;

    private final String sheet;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Sink sink;
    private final RowBudget budget;
    private final boolean acceptFormulaResults;
    private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("sv-SE"));

    private final StringBuilder text = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private int rowNumber;
    private int nextRowNumber = 1;
    private String cellRef;
    private String cellType;
    private String cellStyle;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;

    private SheetRows(String sheet, SharedStrings strings, StylesTable styles, Sink sink, RowBudget budget,
            boolean acceptFormulaResults) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
        this.budget = budget;
        this.acceptFormulaResults = acceptFormulaResults;
    }

    static void read(InputStream sheetXml, String sheet, SharedStrings strings, StylesTable styles, Sink sink,
            RowBudget budget, boolean acceptFormulaResults) {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SheetRows(sheet, strings, styles, sink, budget, acceptFormulaResults));
            parser.parse(new InputSource(sheetXml));
        } catch (SAXException | ParserConfigurationException e) {
            throw new PlanFileException("Fliken \"" + sheet + "\" kunde inte läsas: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PlanFileException(XlsxFile.bombOrBroken(e), e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "dimension" -> {
                // Declared size: refuse 100,000 rows before reading one of them.
                Matcher m = DIMENSION.matcher(String.valueOf(attributes.getValue("ref")));
                if (m.matches()) {
                    budget.declare(sheet, Integer.parseInt(m.group(1)));
                }
            }
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? nextRowNumber : Integer.parseInt(r);
                nextRowNumber = rowNumber + 1;
                budget.take(sheet);
                cells = new ArrayList<>();
            }
            case "c" -> {
                cellRef = attributes.getValue("r");
                cellType = attributes.getValue("t");
                cellStyle = attributes.getValue("s");
                formula = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> inValue = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> {
                if (cells.stream().anyMatch(c -> c != null)) {
                    sink.row(rowNumber, cells);
                }
            }
            default -> {
            }
        }
    }

    private void endCell() {
        if (formula && !acceptFormulaResults) {
            throw new PlanFileException("Fliken \"" + sheet + "\", cell " + cellRef
                    + ": innehåller en formel. Klistra in värden i stället för formler (Klistra in special → Värden) och försök igen.");
        }
        int column = column(cellRef, cells.size());
        if (column >= MAX_COLUMNS) {
            return;
        }
        String value = value();
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip());
    }

    private String value() {
        String raw = text.toString();
        if (raw.isEmpty()) {
            return null;
        }
        if ("s".equals(cellType)) {
            return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
        }
        if ("inlineStr".equals(cellType) || "str".equals(cellType) || "e".equals(cellType)) {
            return raw;
        }
        if ("b".equals(cellType)) {
            return "1".equals(raw) ? "SANT" : "FALSKT";
        }
        return number(raw);
    }

    private String number(String raw) {
        try {
            double value = Double.parseDouble(raw);
            int formatIndex = 0;
            String format = "General";
            if (cellStyle != null && styles != null) {
                XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
                if (style != null) {
                    formatIndex = style.getDataFormat();
                    format = style.getDataFormatString() != null ? style.getDataFormatString()
                            : BuiltinFormats.getBuiltinFormat(formatIndex);
                }
            }
            return formatter.formatRawCellContents(value, formatIndex, format == null ? "General" : format);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** "AB12" → 27; cells without a reference follow the previous one. */
    static int column(String ref, int next) {
        if (ref == null) {
            return next;
        }
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return column - 1;
    }
}
