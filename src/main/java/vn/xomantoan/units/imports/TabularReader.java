package vn.xomantoan.units.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded CSV (UTF-8, RFC 4180, BOM tolerated) or XLSX (first sheet) file into a table.
 * The content decides what the file is; the extension has to agree with it.
 */
final class TabularReader {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private TabularReader() {
    }

    static TabularData read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.fileEmpty"));
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.fileTooLarge"));
        }
        String extension = extensionOf(fileName);
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.extension"));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.legacyXls"));
        }
        boolean zip = startsWith(content, 'P', 'K', 3, 4);
        if (zip != extension.equals("xlsx")) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.contentMismatch", "." + extension));
        }
        return zip ? readXlsx(content) : readCsv(content);
    }

    private static TabularData readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejected(ImportProblem.ofFile(looksBinary(content) ? "imports.error.notTabular" : "imports.error.notUtf8"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.notTabular"));
        }
        Collector collector = new Collector();
        int number = 0;
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (RuntimeException e) {
                    throw new ImportRejected(new ImportProblem(number + 1, null, "imports.error.badCsv", null));
                }
                number++;
                List<String> values = new ArrayList<>(record.size());
                record.forEach(v -> values.add(v.trim()));
                collector.add(new TabularData.Row(number, values));
            }
        } catch (java.io.IOException e) {
            throw new ImportRejected(new ImportProblem(number + 1, null, "imports.error.badCsv", null));
        }
        return collector.result();
    }

    private static TabularData readXlsx(byte[] content) {
        Collector collector = new Collector();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.badXlsx"));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new SheetRows(collector), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | LinkageError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportRejected rejected) {
                    throw rejected;
                }
            }
            throw new ImportRejected(ImportProblem.ofFile("imports.error.badXlsx"));
        }
        return collector.result();
    }

    /** Takes the first non-blank row as the header and keeps the non-blank rows after it. */
    private static final class Collector {
        private TabularData.Row header;
        private final List<TabularData.Row> rows = new ArrayList<>();

        void add(TabularData.Row row) {
            if (row.blank()) {
                return;
            }
            if (header == null) {
                header = row;
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.tooManyRows", MAX_ROWS));
            }
            rows.add(row);
        }

        TabularData result() {
            if (header == null) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.noHeader"));
            }
            if (rows.isEmpty()) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.noRows"));
            }
            return new TabularData(header, List.copyOf(rows));
        }
    }

    /** Collects the cells of each sheet row by column letter; empty cells in between stay empty. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Collector collector;
        private List<String> values;
        private int lastColumn;

        SheetRows(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            values = new ArrayList<>();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            collector.add(new TabularData.Row(rowNum + 1, values));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            while (values.size() < column) {
                values.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.trim();
            if (values.size() == column) {
                values.add(value);
            } else {
                values.set(column, value);
            }
            lastColumn = column;
        }
    }

    /** Date cells come out as ISO dates, whatever display format the sheet gave them. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
