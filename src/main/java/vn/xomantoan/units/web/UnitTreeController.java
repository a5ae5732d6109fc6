package vn.xomantoan.units.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitQueries;
import vn.xomantoan.units.domain.UnitSearch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The hierarchy as of a date: counts, a lazily expanded tree and diacritic-insensitive search. */
@Controller
class UnitTreeController {

    private final UnitQueries queries;
    private final AccessScope access;

    UnitTreeController(UnitQueries queries, AccessScope access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/units")
    String tree(@RequestParam(required = false) String asOf, @RequestParam(required = false) String q, Model model) {
        LocalDate date = DateParams.asOf(asOf);
        UnitScope scope = access.current();
        List<UnitView> roots = queries.roots(date, scope);
        model.addAttribute("asOf", date);
        model.addAttribute("roots", roots);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        queries.countsByLevel(date, scope).forEach((level, n) -> counts.put(level.name(), n));
        model.addAttribute("counts", counts);
        model.addAttribute("levels", List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE,
                UnitLevel.RESIDENTIAL_AREA, UnitLevel.ESTABLISHMENT));
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            addResults(model, date, q, 0);
        }
        return "units/tree";
    }

    @GetMapping("/units/{id}/children")
    String children(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        LocalDate date = DateParams.asOf(asOf);
        queries.byId(id, access.current()).orElseThrow(NotFound::new);
        model.addAttribute("asOf", date);
        model.addAttribute("nodes", queries.children(id, date, access.current()));
        return "units/fragments/tree-nodes :: nodes";
    }

    @GetMapping("/units/search")
    String search(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate date = DateParams.asOf(asOf);
        model.addAttribute("asOf", date);
        model.addAttribute("q", q);
        addResults(model, date, q, page);
        return "units/fragments/search-results :: results";
    }

    private void addResults(Model model, LocalDate date, String q, int page) {
        Page<UnitView> results = q.isBlank() ? new Page<>(List.of(), 0, 50, 0)
                : queries.search(new UnitSearch(date, null, null, null, null, q, page, 50), access.current());
        Map<Long, String> places = queries.parentLabels(results.items());
        model.addAttribute("results", results);
        model.addAttribute("places", places);
        model.addAttribute("asOfText", WebDates.format(date));
    }
}
