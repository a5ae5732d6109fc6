package vn.xomantoan.shared.imports;

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
 * Streams the rows of an uploaded CSV (UTF-8, RFC 4180, BOM tolerated) or XLSX (first sheet) file to
 * a handler, each with its row number as a spreadsheet shows it. Values are trimmed; blank rows are
 * skipped; date cells of a sheet come out as ISO dates. The content decides what the file is; the
 * extension has to agree with it. A file that cannot be read throws {@link SheetRejected}; an
 * exception thrown by the handler passes through unchanged.
 */
public final class SheetReader {

    /** Receives the non-blank rows in file order. */
    public interface RowHandler {
        void row(int number, List<String> values);
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private SheetReader() {
    }

    public static void read(String fileName, byte[] content, RowHandler handler) {
        if (content == null || content.length == 0) {
            throw new SheetRejected(SheetRejected.FILE_EMPTY, 0, null);
        }
        String extension = extensionOf(fileName);
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            throw new SheetRejected(SheetRejected.EXTENSION, 0, null);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SheetRejected(SheetRejected.LEGACY_XLS, 0, null);
        }
        boolean zip = startsWith(content, 'P', 'K', 3, 4);
        if (zip != extension.equals("xlsx")) {
            throw new SheetRejected(SheetRejected.CONTENT_MISMATCH, 0, "." + extension);
        }
        if (zip) {
            readXlsx(content, handler);
        } else {
            readCsv(content, handler);
        }
    }

    /** Rough row count of a CSV file (its line breaks), for a progress bar. */
    public static int estimateRows(byte[] content) {
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    /** Lower-case extension of a file name, without the dot ("" when there is none). */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void readCsv(byte[] content, RowHandler handler) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new SheetRejected(looksBinary(content) ? SheetRejected.NOT_TABULAR : SheetRejected.NOT_UTF8, 0, null);
        }
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw new SheetRejected(SheetRejected.NOT_TABULAR, 0, null);
            }
        }
        int number = 0;
        try (CSVParser parser = CSV.parse(new StringReader(start == 0 ? text : text.substring(start)))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (RuntimeException e) {
                    throw new SheetRejected(SheetRejected.BAD_CSV, number + 1, null);
                }
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
        } catch (java.io.IOException e) {
            throw new SheetRejected(SheetRejected.BAD_CSV, number + 1, null);
        }
    }

    private static void readXlsx(byte[] content, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRejected(SheetRejected.BAD_XLSX, 0, null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new SheetRows(handler), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | LinkageError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HandlerFailure failure) {
                    throw failure.getCause();
                }
                if (t instanceof SheetRejected rejected) {
                    throw rejected;
                }
            }
            throw new SheetRejected(SheetRejected.BAD_XLSX, 0, null);
        }
    }

    /** Carries an exception of the handler through the XML parser unchanged. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Collects the cells of each sheet row by column letter; empty cells in between stay empty. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private List<String> values;
        private int number;
        private int lastColumn;

        SheetRows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            values = new ArrayList<>();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (values.stream().anyMatch(v -> !v.isEmpty())) {
                try {
                    handler.row(number, values);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }
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
