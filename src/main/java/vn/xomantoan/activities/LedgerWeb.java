package vn.xomantoan.activities;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list page, XLSX export and JSON answers every ledger kind shares: filters by unit, period,
 * type and text; counts by type and by child unit, each linking to its records; paging.
 */
@Component
public class LedgerWeb {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LedgerQueries queries;
    private final Messages messages;
    private final MessageSource source;
    private final AccessScope access;
    private final org.springframework.beans.factory.ObjectProvider<LedgerFormSpec> forms;

    LedgerWeb(LedgerQueries queries, Messages messages, MessageSource source, AccessScope access,
              org.springframework.beans.factory.ObjectProvider<LedgerFormSpec> forms) {
        this.forms = forms;
        this.queries = queries;
        this.messages = messages;
        this.source = source;
        this.access = access;
    }

    public record Tab(String titleKey, String path, boolean active) {
    }

    public record Cell(String text, String href) {
    }

    public record ListRow(long id, String href, String unitName, List<String> cells, String editHref) {
    }

    public record GroupRow(String label, String code, String count, List<String> sums, String href) {
    }

    /** Fills the model of template {@code activities/ledger} and returns its name. */
    public String page(LedgerKind kind, List<LedgerKind> tabs, LedgerRequest request, Model model, Map<String, String> actions) {
        model.addAttribute("kind", kind);
        model.addAttribute("tabs", tabs.stream().map(t -> new Tab(t.titleKey(), t.path(), t.key().equals(kind.key()))).toList());
        model.addAttribute("req", request);
        LedgerFormSpec form = forms.orderedStream().filter(f -> f.kind().key().equals(kind.key())).findFirst().orElse(null);
        Map<String, String> allActions = new LinkedHashMap<>();
        if (form != null) {
            allActions.put("new", form.basePath() + "/new");
        }
        allActions.putAll(actions);
        model.addAttribute("actions", allActions);
        // Records without a page of their own are edited straight from the list.
        String editBase = form != null && kind.detailPath() == null ? form.basePath() : null;
        model.addAttribute("editable", editBase != null);
        model.addAttribute("canWrite", access.role().map(r -> !r.readOnly()).orElse(false));
        model.addAttribute("sumHeaders", kind.sums().stream().map(s -> messages.get(s.headerKey())).toList());
        model.addAttribute("headers", kind.columns().stream().map(c -> messages.get(c.headerKey())).toList());
        model.addAttribute("types", kind.types().stream().map(t -> Map.entry(t, messages.get(kind.typeLabelKey(t)))).toList());
        LedgerFilter filter;
        try {
            filter = queries.resolve(kind, request);
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("rows", List.of());
            return "activities/ledger";
        }
        Page<LedgerRow> page = queries.list(kind, filter);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.items().stream().map(r -> listRow(kind, r, editBase)).toList());
        model.addAttribute("unitName", filter.unit() == null ? null : filter.unit().name());
        model.addAttribute("hierarchyDate", WebDates.format(filter.hierarchyDate()));
        LedgerGroup total = queries.total(kind, filter);
        model.addAttribute("total", new GroupRow(null, null, Vnd.number(total.count()), sums(kind, total.sums()),
                link(kind, request, null, null, null)));
        List<GroupRow> byType = new ArrayList<>();
        Map<String, LedgerGroup> typeCounts = new LinkedHashMap<>();
        queries.byDimension(kind, filter, "type").forEach(g -> typeCounts.put(g.key(), g));
        for (String t : kind.types()) {
            LedgerGroup g = typeCounts.get(t);
            if (g != null) {
                byType.add(new GroupRow(messages.get(kind.typeLabelKey(t)), t, Vnd.number(g.count()), sums(kind, g.sums()),
                        link(kind, request, null, t, null)));
            }
        }
        model.addAttribute("byType", byType);
        List<GroupRow> byChild = new ArrayList<>();
        for (LedgerGroup g : queries.byChild(kind, filter)) {
            if ("-2".equals(g.code())) {
                byChild.add(new GroupRow(messages.get("ledger.fromAbove"), "", Vnd.number(g.count()), sums(kind, g.sums()), null));
                continue;
            }
            String label = "-1".equals(g.code()) ? messages.get("ledger.atUnitItself", g.label() == null ? "" : g.label()) : g.label();
            byChild.add(new GroupRow(label, "-1".equals(g.code()) ? "" : g.code(), Vnd.number(g.count()), sums(kind, g.sums()),
                    "-1".equals(g.code()) ? null : link(kind, request, Long.parseLong(g.key()), request.type(), null)));
        }
        model.addAttribute("byChild", byChild);
        model.addAttribute("exportHref", link(kind, request, null, null, "/export.xlsx"));
        model.addAttribute("prevHref", page.hasPrevious() ? pageLink(kind, request, page.page() - 1) : null);
        model.addAttribute("nextHref", page.hasNext() ? pageLink(kind, request, page.page() + 1) : null);
        return "activities/ledger";
    }

    private ListRow listRow(LedgerKind kind, LedgerRow row, String editBase) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            cells.add(format(kind.columns().get(i), row.values().get(i)));
        }
        String href = kind.detailPath() == null ? null : kind.detailPath().replace("{id}", String.valueOf(row.id()));
        return new ListRow(row.id(), href, row.unitName() == null ? messages.get("ledger.central") : row.unitName(), cells,
                editBase == null ? null : editBase + "/" + row.id() + "/edit");
    }

    private List<String> sums(LedgerKind kind, List<Long> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(kind.sums().get(i).money() ? Vnd.money(values.get(i)) : Vnd.number(values.get(i)));
        }
        return out;
    }

    private String format(LedgerColumn column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.format()) {
            case DATE -> WebDates.format((LocalDate) value);
            case NUMBER -> Vnd.number((Long) value);
            case MONEY -> Vnd.money((Long) value);
            case LABEL -> messages.get(column.labelPrefix() + value);
            case TEXT -> value.toString();
        };
    }

    private String link(LedgerKind kind, LedgerRequest r, Long unitId, String type, String suffix) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(kind.path() + (suffix == null ? "" : suffix));
        if (unitId != null) {
            b.queryParam("unitId", unitId);
        } else if (r.unitId() != null) {
            b.queryParam("unitId", r.unitId());
        } else if (r.unit() != null && !r.unit().isBlank()) {
            b.queryParam("unit", r.unit());
        }
        add(b, "from", r.from());
        add(b, "to", r.to());
        add(b, "type", suffix == null ? type : r.type());
        add(b, "q", r.q());
        return b.encode().build().toUriString();
    }

    private String pageLink(LedgerKind kind, LedgerRequest r, int page) {
        String base = link(kind, r, null, r.type(), null);
        return base + (base.contains("?") ? "&" : "?") + "page=" + page + (r.sort() == null ? "" : "&sort=" + r.sort());
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    /** The filtered list as an XLSX workbook with Vietnamese headers. */
    public void exportXlsx(LedgerKind kind, LedgerRequest request, HttpServletResponse response) throws IOException {
        LedgerFilter filter = queries.resolve(kind, request);
        List<LedgerRow> rows = queries.all(kind, filter);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(kind.key() + "-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(vi(kind.titleKey()));
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle numberStyle = book.createCellStyle();
            numberStyle.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(vi("ledger.col.id"));
            header.createCell(1).setCellValue(vi("ledger.col.unitCode"));
            header.createCell(2).setCellValue(vi("ledger.col.unit"));
            for (int i = 0; i < kind.columns().size(); i++) {
                header.createCell(3 + i).setCellValue(vi(kind.columns().get(i).headerKey()));
            }
            int r = 1;
            for (LedgerRow row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.id());
                x.createCell(1).setCellValue(row.unitCode() == null ? "" : row.unitCode());
                x.createCell(2).setCellValue(row.unitName() == null ? vi("ledger.central") : row.unitName());
                for (int i = 0; i < kind.columns().size(); i++) {
                    Object v = row.values().get(i);
                    LedgerColumn c = kind.columns().get(i);
                    org.apache.poi.ss.usermodel.Cell cell = x.createCell(3 + i);
                    if (v == null) {
                        continue;
                    }
                    switch (c.format()) {
                        case DATE -> {
                            cell.setCellValue((LocalDate) v);
                            cell.setCellStyle(dateStyle);
                        }
                        case NUMBER, MONEY -> {
                            cell.setCellValue(((Long) v).doubleValue());
                            cell.setCellStyle(numberStyle);
                        }
                        case LABEL -> cell.setCellValue(vi(c.labelPrefix() + v));
                        case TEXT -> cell.setCellValue(v.toString());
                    }
                }
            }
            book.write(response.getOutputStream());
            book.dispose();
        }
    }

    private String vi(String key) {
        return source.getMessage(key, null, key, VIETNAMESE);
    }

    /** The JSON answer of a list call: a page of records, or counts when groupBy is given. */
    public Object api(LedgerKind kind, LedgerRequest request, String groupBy) {
        LedgerFilter filter = queries.resolve(kind, request);
        if (groupBy == null || groupBy.isBlank()) {
            Page<LedgerRow> page = queries.list(kind, filter);
            return Map.of("items", page.items().stream().map(r -> LedgerQueries.asMap(kind, r)).toList(),
                    "page", page.page(), "size", page.size(), "total", page.total());
        }
        List<LedgerGroup> groups = "child".equals(groupBy) ? queries.byChild(kind, filter) : queries.byDimension(kind, filter, groupBy);
        LedgerGroup total = queries.total(kind, filter);
        List<Map<String, Object>> out = new ArrayList<>();
        for (LedgerGroup g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            if ("child".equals(groupBy) && "-2".equals(g.code())) {
                m.put("unitId", null);
                m.put("code", null);
                m.put("name", null);
                m.put("fromAbove", true);
            } else if ("child".equals(groupBy)) {
                boolean own = "-1".equals(g.code());
                m.put("unitId", Long.parseLong(g.key()));
                m.put("code", own ? null : g.code());
                m.put("name", g.label());
                m.put("atUnitItself", own);
            } else {
                m.put("key", g.key());
            }
            m.put("count", g.count());
            for (int i = 0; i < kind.sums().size(); i++) {
                m.put(kind.sums().get(i).name(), g.sums().get(i));
            }
            out.add(m);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("count", total.count());
        for (int i = 0; i < kind.sums().size(); i++) {
            totals.put(kind.sums().get(i).name(), total.sums().get(i));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupBy", groupBy);
        body.put("hierarchyDate", filter.hierarchyDate());
        body.put("unit", filter.unit() == null ? null : Map.of("id", filter.unit().id(), "code", filter.unit().code(),
                "name", filter.unit().name()));
        body.put("groups", out);
        body.put("total", totals);
        return body;
    }
}
