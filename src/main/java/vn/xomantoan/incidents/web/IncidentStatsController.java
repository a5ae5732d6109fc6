package vn.xomantoan.incidents.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.domain.IncidentAccess;
import vn.xomantoan.incidents.domain.IncidentStatistics;
import vn.xomantoan.incidents.domain.ReferenceData;
import vn.xomantoan.incidents.domain.StatsRow;
import vn.xomantoan.incidents.domain.StatsTable;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The year-over-year table as a page (with links to the records behind each number) and as XLSX. */
@Controller
class IncidentStatsController {

    private final IncidentStatistics statistics;
    private final IncidentAccess access;
    private final UnitCatalog units;
    private final ReferenceData reference;
    private final Messages messages;

    IncidentStatsController(IncidentStatistics statistics, IncidentAccess access, UnitCatalog units,
                            ReferenceData reference, Messages messages) {
        this.statistics = statistics;
        this.access = access;
        this.units = units;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/incidents/stats")
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) List<String> category,
                @RequestParam(defaultValue = "child") String groupBy, Model model) {
        StatsTable table = table(unit, from, to, category, groupBy);
        model.addAttribute("table", table);
        java.util.Map<String, String> assessments = new java.util.HashMap<>();
        table.rows().forEach(r -> assessments.put(r.key(), StatsView.assessment(r, messages)));
        assessments.put("total", StatsView.assessment(table.total(), messages));
        model.addAttribute("assessments", assessments);
        model.addAttribute("categories", reference.list(ReferenceData.CATEGORY, null, table.asOf()));
        return "incidents/stats";
    }

    @GetMapping("/incidents/stats.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) List<String> category,
                                @RequestParam(defaultValue = "child") String groupBy) {
        StatsTable t = table(unit, from, to, category, groupBy);
        String current = WebDates.format(t.from()) + "–" + WebDates.format(t.to());
        String previous = WebDates.format(t.previousFrom()) + "–" + WebDates.format(t.previousTo());
        List<String> header = List.of(messages.get(IncidentStatistics.BY_CATEGORY.equals(t.groupBy())
                        ? "incidents.category" : "incidents.stats.unit"), messages.get("incidents.stats.code"),
                messages.get("incidents.stats.current", current), messages.get("incidents.stats.previous", previous),
                messages.get("incidents.stats.change"), messages.get("incidents.stats.changePercent"),
                messages.get("incidents.stats.pValue"), messages.get("incidents.stats.assessment"));
        List<List<Object>> rows = new ArrayList<>();
        List<StatsRow> all = new ArrayList<>(t.rows());
        all.add(t.total());
        for (StatsRow r : all) {
            rows.add(List.of(r == all.get(all.size() - 1) ? messages.get("incidents.stats.total", r.name()) : r.name(),
                    r.code(), r.current(), r.previous(), r.change(),
                    r.changePercent() == null ? "" : (Object) (Math.round(r.changePercent() * 10) / 10.0),
                    Math.round(r.pValue() * 1000) / 1000.0, StatsView.assessment(r, messages)));
        }
        return Xlsx.response("thong-ke-antt-" + t.unit().code() + "-" + t.to().getYear() + ".xlsx",
                "Thống kê", header, rows);
    }

    private StatsTable table(String unitCode, String from, String to, List<String> categories, String groupBy) {
        UnitScope scope = access.requirePolice();
        LocalDate today = LocalDate.now();
        LocalDate f = WebParams.date("from", from, LocalDate.of(today.getYear(), 1, 1));
        LocalDate t = WebParams.date("to", to, today.isBefore(LocalDate.of(f.getYear(), 12, 31)) && f.getYear() == today.getYear()
                ? today : LocalDate.of(f.getYear(), 12, 31));
        LocalDate asOf = IncidentStatistics.asOf(t);
        UnitView unit;
        if (unitCode == null || unitCode.isBlank()) {
            Long home = access.homeUnitId();
            UnitView homeUnit = home == null ? null : units.byId(home, scope).orElse(null);
            unit = homeUnit == null ? units.roots(asOf, scope).stream().findFirst().orElseThrow(NotFound::new)
                    : units.carryTo(homeUnit, asOf).stream().findFirst().orElse(homeUnit);
            if (!unit.validOn(asOf)) {
                unit = units.roots(asOf, scope).stream().findFirst().orElseThrow(NotFound::new);
            }
        } else {
            unit = units.validOn(unitCode.trim(), asOf, scope).orElseThrow(NotFound::new);
        }
        return statistics.compute(unit, f, t, categories, groupBy, scope);
    }
}
