package vn.xomantoan.commitments.domain;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recording from a spreadsheet (XLSX or CSV) of one area: a household id, or the head's name (with
 * the house number when names repeat), the date and who signed. All or nothing: one bad row stores
 * nothing, and every bad row is reported with its row number.
 */
@Service
public class CommitmentImport {

    public record RowProblem(int row, Problem problem) {
    }

    public record Result(int recorded, List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    enum Column { ID, HEAD, HOUSE_NO, SIGNED_ON, SIGNED_BY }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("ma ho", "household id", "household_id", "id")) HEADERS.put(h, Column.ID);
        for (String h : List.of("chu ho", "ten chu ho", "ho ten chu ho", "head name", "head_name", "head")) HEADERS.put(h, Column.HEAD);
        for (String h : List.of("so nha", "house number", "house_no", "house no")) HEADERS.put(h, Column.HOUSE_NO);
        for (String h : List.of("ngay ky", "ngay dang ky", "ngay ky cam ket", "signed on", "signed_on", "date")) HEADERS.put(h, Column.SIGNED_ON);
        for (String h : List.of("nguoi ky", "nguoi dang ky", "signed by", "signed_by")) HEADERS.put(h, Column.SIGNED_BY);
    }

    private final RecordingService recording;
    private final ResidentHouseholds residents;
    private final CommitmentStore store;
    private final CommitmentAccess access;
    private final AuditLog audit;

    CommitmentImport(RecordingService recording, ResidentHouseholds residents, CommitmentStore store, CommitmentAccess access,
                     AuditLog audit) {
        this.recording = recording;
        this.residents = residents;
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Result importFile(long campaignId, String areaCode, String fileName, InputStream in) throws IOException {
        Campaign campaign = recording.campaign(campaignId);
        UnitView area = recording.area(campaign, areaCode, LocalDate.now());
        access.requireRecorder();
        List<Map<Column, String>> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        read(fileName, in, rows, problems);
        if (!problems.isEmpty()) {
            return new Result(0, problems);
        }
        Map<LocalDate, Map<String, List<Long>>> byName = new HashMap<>();
        Set<Long> inFile = new HashSet<>();
        List<CommitmentStore.NewCommitment> accepted = new ArrayList<>();
        List<Integer> acceptedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNo = i + 2;
            Map<Column, String> row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            List<Problem> rowProblems = new ArrayList<>();
            LocalDate date = null;
            try {
                date = WebDates.parse(row.get(Column.SIGNED_ON), null);
            } catch (IllegalArgumentException e) {
                rowProblems.add(new Problem("signedOn", "error.badDate", new Object[]{row.get(Column.SIGNED_ON)}));
            }
            if (date != null || rowProblems.isEmpty()) {
                RecordingService.checkDate(campaign, date, "signedOn", rowProblems);
            }
            Long household = null;
            if (rowProblems.isEmpty()) {
                household = resolve(row, areaCode, date, byName, rowProblems);
            }
            if (household != null && !inFile.add(household)) {
                rowProblems.add(new Problem("household", "commitments.import.error.duplicate", new Object[]{household}));
            }
            String by = VietnameseText.clean(row.get(Column.SIGNED_BY));
            if (household != null && rowProblems.isEmpty()) {
                String head = residents.residentIn(areaCode, date, List.of(household)).get(household);
                accepted.add(new CommitmentStore.NewCommitment(household, date, by == null || by.isEmpty() ? head : by));
                acceptedRows.add(rowNo);
            }
            rowProblems.forEach(p -> problems.add(new RowProblem(rowNo, p)));
        }
        Set<Long> already = store.signedAmong(campaignId, accepted.stream().map(CommitmentStore.NewCommitment::householdId).toList());
        for (int i = 0; i < accepted.size(); i++) {
            if (already.contains(accepted.get(i).householdId())) {
                problems.add(new RowProblem(acceptedRows.get(i), new Problem("household", "commitments.import.error.alreadySigned",
                        new Object[]{accepted.get(i).householdId()})));
            }
        }
        if (rows.stream().allMatch(Map::isEmpty)) {
            problems.add(new RowProblem(1, new Problem("file", "commitments.import.error.empty", null)));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return new Result(0, problems);
        }
        store.insertAll(campaignId, areaCode, accepted, access.username());
        audit.record(AuditAction.IMPORT, "Commitment", campaignId + ":" + areaCode,
                "Nhập từ tệp " + fileName + ": " + accepted.size() + " hộ đã " + CampaignService.label(campaign.criteriaSet())
                        + " tại " + area.name() + " (đợt năm " + campaign.year() + ")", null, accepted);
        return new Result(accepted.size(), List.of());
    }

    private Long resolve(Map<Column, String> row, String areaCode, LocalDate date, Map<LocalDate, Map<String, List<Long>>> byName,
                         List<Problem> problems) {
        String id = row.get(Column.ID);
        if (id != null && !id.isBlank()) {
            long householdId;
            try {
                householdId = Long.parseLong(id.trim().replaceAll("\\.0$", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem("household", "commitments.import.error.badId", new Object[]{id}));
                return null;
            }
            if (residents.residentIn(areaCode, date, List.of(householdId)).isEmpty()) {
                problems.add(new Problem("household", "commitments.import.error.idNotResident",
                        new Object[]{householdId, WebDates.format(date)}));
                return null;
            }
            return householdId;
        }
        String head = row.get(Column.HEAD);
        if (head == null || head.isBlank()) {
            problems.add(new Problem("household", "commitments.import.error.noHousehold", null));
            return null;
        }
        List<Long> matches = byName.computeIfAbsent(date, d -> residents.byHeadSearchKey(areaCode, d))
                .getOrDefault(VietnameseText.searchKey(head), List.of());
        if (matches.isEmpty()) {
            problems.add(new Problem("household", "commitments.import.error.nameNotFound", new Object[]{head, WebDates.format(date)}));
            return null;
        }
        if (matches.size() > 1) {
            problems.add(new Problem("household", "commitments.import.error.nameAmbiguous", new Object[]{head, matches.size()}));
            return null;
        }
        return matches.get(0);
    }

    private static void read(String fileName, InputStream in, List<Map<Column, String>> rows, List<RowProblem> problems)
            throws IOException {
        List<List<String>> cells = new ArrayList<>();
        String lower = fileName == null ? "" : fileName.toLowerCase();
        if (lower.endsWith(".csv")) {
            try (CSVParser parser = CSVFormat.DEFAULT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord r : parser) {
                    List<String> line = new ArrayList<>();
                    r.forEach(line::add);
                    cells.add(line);
                }
            }
        } else if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            try (Workbook wb = WorkbookFactory.create(in)) {
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter formatter = new DataFormatter();
                for (Row r : sheet) {
                    List<String> line = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                        line.add(text(r.getCell(c), formatter));
                    }
                    while (cells.size() < r.getRowNum()) {
                        cells.add(List.of());
                    }
                    cells.add(line);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new RowProblem(1, new Problem("file", "commitments.import.error.unreadable", null)));
                return;
            }
        } else {
            problems.add(new RowProblem(1, new Problem("file", "commitments.import.error.format", null)));
            return;
        }
        if (cells.isEmpty()) {
            problems.add(new RowProblem(1, new Problem("file", "commitments.import.error.empty", null)));
            return;
        }
        List<Column> columns = new ArrayList<>();
        for (String h : cells.get(0)) {
            columns.add(HEADERS.get(VietnameseText.searchKey(h).replace('_', ' ')) != null
                    ? HEADERS.get(VietnameseText.searchKey(h).replace('_', ' ')) : HEADERS.get(VietnameseText.searchKey(h)));
        }
        if (!columns.contains(Column.SIGNED_ON) || !(columns.contains(Column.ID) || columns.contains(Column.HEAD))) {
            problems.add(new RowProblem(1, new Problem("file", "commitments.import.error.headers", null)));
            return;
        }
        for (int i = 1; i < cells.size(); i++) {
            List<String> line = cells.get(i);
            if (line.stream().allMatch(s -> s == null || s.isBlank())) {
                rows.add(null);
                continue;
            }
            Map<Column, String> row = new HashMap<>();
            for (int c = 0; c < columns.size() && c < line.size(); c++) {
                if (columns.get(c) != null) {
                    row.put(columns.get(c), line.get(c) == null ? null : line.get(c).trim());
                }
            }
            rows.add(row);
        }
        // Keep row numbers right while dropping blank lines.
        for (int i = rows.size() - 1; i >= 0 && rows.get(i) == null; i--) {
            rows.remove(i);
        }
        rows.replaceAll(r -> r == null ? new HashMap<>() : r);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
