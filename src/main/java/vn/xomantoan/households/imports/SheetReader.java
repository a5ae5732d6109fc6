package vn.xomantoan.households.imports;

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
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Streams the rows of an uploaded CSV (UTF-8, BOM tolerated) or XLSX (first sheet) file, each with its
 * row number as a spreadsheet shows it; blank rows are skipped. The content decides the type; the
 * extension has to agree.
 */
final class SheetReader {

    interface RowHandler {
        void row(int number, List<String> values);
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private SheetReader() {
    }

    static void read(String fileName, byte[] content, RowHandler handler) {
        if (content == null || content.length == 0) {
            throw ImportFileRejected.of("households.import.error.fileEmpty");
        }
        String extension = extensionOf(fileName);
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            throw ImportFileRejected.of("households.import.error.extension");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (zip != extension.equals("xlsx")) {
            throw ImportFileRejected.of("households.import.error.contentMismatch");
        }
        if (zip) {
            readXlsx(content, handler);
        } else {
            readCsv(content, handler);
        }
    }

    /** Rough row count of a CSV file (its line breaks), for the progress bar. */
    static int estimateRows(byte[] content) {
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    private static void readCsv(byte[] content, RowHandler handler) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        int number = 0;
        try (CSVParser parser = CSV.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                List<String> values = new ArrayList<>(record.size());
                boolean blank = true;
                for (String v : record) {
                    String t = v.trim();
                    blank &= t.isEmpty();
                    values.add(t);
                }
                if (!blank) {
                    handler.row(number, values);
                }
            }
        } catch (ImportFileRejected e) {
            throw e;
        } catch (Exception e) {
            boolean encoding = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                encoding |= t instanceof java.nio.charset.CharacterCodingException;
            }
            throw encoding ? ImportFileRejected.of("households.import.error.notUtf8")
                    : new ImportFileRejected(number + 1, null, "households.import.error.badCsv", null);
        }
    }

    private static void readXlsx(byte[] content, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportFileRejected.of("households.import.error.badXlsx");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new SheetRows(handler), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | LinkageError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportFileRejected rejected) {
                    throw rejected;
                }
            }
            throw ImportFileRejected.of("households.import.error.badXlsx");
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private List<String> values;
        private int number;

        SheetRows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            values = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (values.stream().anyMatch(v -> !v.isEmpty())) {
                handler.row(number, values);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (values.size() < column) {
                values.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.trim();
            if (values.size() == column) {
                values.add(value);
            } else {
                values.set(column, value);
            }
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
}
