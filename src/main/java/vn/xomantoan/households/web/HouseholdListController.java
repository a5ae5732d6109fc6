package vn.xomantoan.households.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.domain.HouseholdQueries;
import vn.xomantoan.households.domain.HouseholdRow;
import vn.xomantoan.households.domain.HouseholdSearch;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.SiblingNames;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Households living in a unit's subtree on a date: search, filter by area, page, export. */
@Controller
class HouseholdListController {

    static final int PAGE_SIZE = 50;

    private final HouseholdQueries queries;
    private final HouseholdAccess access;
    private final UnitPicker picker;
    private final AuditLog audit;
    private final Messages messages;

    HouseholdListController(HouseholdQueries queries, HouseholdAccess access, UnitPicker picker, AuditLog audit, Messages messages) {
        this.queries = queries;
        this.access = access;
        this.picker = picker;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/households")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String area,
                @RequestParam(required = false) String asOf, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        UnitView a = picker.area(area, date, scope);
        var result = queries.search(new HouseholdSearch(u.path(), a == null ? null : a.code(), date, q, Math.max(0, page), PAGE_SIZE), scope);
        model.addAttribute("unit", u);
        model.addAttribute("area", a);
        model.addAttribute("asOf", date);
        model.addAttribute("asOfText", WebDates.format(date));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", result);
        model.addAttribute("path", picker.path(u, scope));
        List<UnitView> children = picker.children(u, date, scope);
        model.addAttribute("children", children);
        Map<String, String> childLabels = SiblingNames.of(children);
        model.addAttribute("childLabels", childLabels);
        model.addAttribute("areaLabels", areaLabels(result.items(), childLabels, date));
        model.addAttribute("roots", picker.roots(date, scope));
        model.addAttribute("canWrite", access.canWriteHouseholds() && date.equals(LocalDate.now()));
        return "households/list";
    }

    /**
     * What the area column shows: in a commune's list the area's name (with its code when a sibling has
     * the same name); in a wider list the area and its commune ("Thôn 1, Xã Định Hóa").
     */
    private Map<String, String> areaLabels(List<HouseholdRow> rows, Map<String, String> childLabels, LocalDate date) {
        Map<String, String> labels = new HashMap<>();
        List<String> elsewhere = rows.stream().map(HouseholdRow::areaCode).filter(c -> !childLabels.containsKey(c)).distinct().toList();
        Map<String, String> communes = queries.parentNames(elsewhere, date);
        for (HouseholdRow r : rows) {
            String child = childLabels.get(r.areaCode());
            String commune = communes.get(r.areaCode());
            labels.put(r.areaCode(), child != null ? child : commune != null ? r.areaName() + ", " + commune : r.areaName());
        }
        return labels;
    }

    @GetMapping("/households/export.xlsx")
    void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String area,
                @RequestParam(required = false) String asOf, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        UnitView a = picker.area(area, date, scope);
        audit.recordRead("HouseholdList", (a == null ? u.code() : a.code()) + "@" + date,
                "Xuất Excel danh sách hộ gia đình" + (q == null || q.isBlank() ? "" : " (tìm: " + q.trim() + ")"));
        Xlsx.prepare(response, Xlsx.CONTENT_TYPE, "ho-gia-dinh-" + (a == null ? u.code() : a.code()) + "-" + date + ".xlsx");
        List<String> headers = List.of("households.column.head_name", "households.column.gender", "households.column.house_no",
                "households.column.street", "households.column.members", "households.column.phone", "households.column.moved_in",
                "households.column.moved_out", "households.column.area_code", "households.column.area_name").stream()
                .map(messages::get).toList();
        try (Xlsx xlsx = new Xlsx(messages.get("households.export.sheet"), headers, new int[]{28, 9, 12, 32, 12, 14, 15, 15, 14, 24})) {
            queries.each(new HouseholdSearch(u.path(), a == null ? null : a.code(), date, q, 0, 0), scope, r -> xlsx.row(
                    r.headName(), r.headGender() == null ? null : messages.get("gender." + r.headGender()), r.houseNo(),
                    r.street(), r.members(), r.phone(), r.movedIn(), r.movedOut(), r.areaCode(), r.areaName()));
            xlsx.write(response.getOutputStream());
        }
    }
}
