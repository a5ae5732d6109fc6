package vn.xomantoan.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.domain.Figures;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.NumberText;
import vn.xomantoan.reporting.domain.Selection;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.ViewText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.SiblingNames;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard: key figures of a unit and period with the previous period beside them, the trend of
 * one indicator over the last five periods, its breakdown by child unit as a bar chart and as a
 * tile-free schematic map (a treemap of the child units coloured by the value). Every number links to
 * the records behind it; every child links to its own dashboard. The body is rendered once per
 * {@link DashboardPages.Key} until the data changes: fifty officers opening the province's dashboard at
 * nine share one rendering.
 */
@Controller
class DashboardController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DashboardController.class);
    static final String DEFAULT_INDICATOR = "incidents.total";
    private static final int TREND_PERIODS = 5;

    public record Row(String id, String label, String value, String previous, String change, String link,
                      boolean supplied, boolean selected) {
    }

    public record ChildValue(long id, String code, String name, long value, String link, String dashboard) {
    }

    public record Point(String label, Long value) {
    }

    private final IndicatorEngine engine;
    private final UnitCatalog units;
    private final AccessScope access;
    private final Messages messages;
    private final DashboardPages pages;
    private final ViewText views;

    DashboardController(IndicatorEngine engine, UnitCatalog units, AccessScope access, Messages messages, DashboardPages pages,
                        ViewText views) {
        this.engine = engine;
        this.units = units;
        this.access = access;
        this.messages = messages;
        this.pages = pages;
        this.views = views;
    }

    @GetMapping("/reporting")
    String dashboard(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                     @RequestParam(required = false) String indicator, Locale locale, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        LocalDate fromDate = ReportingParams.from(from);
        LocalDate toDate = ReportingParams.to(to);
        LocalDate asOfDate = ReportingParams.asOf(asOf);
        String chosen = indicator != null && engine.indicator(indicator).isPresent() ? indicator : DEFAULT_INDICATOR;
        boolean canWrite = ReportAccess.canWrite(access);
        DashboardPages.Key key = new DashboardPages.Key(unit == null ? "" : unit.trim(), fromDate, toDate,
                IndicatorEngine.hierarchyDate(toDate, asOfDate), chosen, access.current(), locale, canWrite);
        model.addAttribute("body", pages.get(key, () -> views.render("reporting/dashboard-body",
                body(unit, fromDate, toDate, asOfDate, chosen, canWrite), locale, request, response)));
        return "reporting/dashboard";
    }

    private Map<String, Object> body(String unit, LocalDate from, LocalDate to, LocalDate asOf, String chosen, boolean canWrite) {
        long started = System.nanoTime();
        Selection s = engine.select(unit, from, to, asOf);
        long selected = System.nanoTime();
        Figures current = engine.compute(s, true);
        Selection prevSel = engine.previous(s);
        Figures previous = engine.compute(prevSel, false);
        long computed = System.nanoTime();

        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Indicator i : engine.catalogue()) {
            Breakdown now = current.get(i.id());
            Breakdown before = previous.get(i.id());
            groups.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(new Row(i.id(), messages.get("indicator." + i.id()),
                    now.total() == null ? null : NumberText.of(i.measure(), now.total()),
                    before.total() == null ? null : NumberText.of(i.measure(), before.total()),
                    NumberText.change(now.total(), before.total()),
                    IndicatorEngine.link(i, s.unit(), s.from(), s.to(), s.asOf()), now.total() != null, i.id().equals(chosen)));
        }
        Indicator chosenIndicator = engine.indicator(chosen).orElseThrow();
        Breakdown chosenValues = current.get(chosen);
        List<ChildValue> children = new ArrayList<>();
        Map<String, String> childNames = SiblingNames.of(s.children());
        for (UnitView c : s.children()) {
            children.add(new ChildValue(c.id(), c.code(), childNames.get(c.code()), chosenValues.child(String.valueOf(c.id())),
                    IndicatorEngine.link(chosenIndicator, c, s.from(), s.to(), s.asOf()),
                    "/reporting?unit=" + c.code() + "&from=" + WebDates.format(s.from()) + "&to=" + WebDates.format(s.to())
                            + "&asOf=" + WebDates.format(s.asOf()) + "&indicator=" + chosen));
        }
        List<Point> trend = new ArrayList<>();
        Selection p = s;
        List<Selection> periods = new ArrayList<>();
        for (int i = 0; i < TREND_PERIODS; i++) {
            periods.add(0, p);
            p = engine.previous(p);
        }
        for (Selection period : periods) {
            Long v = period == s ? chosenValues.total() : period.equals(prevSel) ? previous.get(chosen).total()
                    : engine.compute(period, false, chosen).get(chosen).total();
            trend.add(new Point(WebDates.format(period.from()) + "–" + WebDates.format(period.to()), v));
        }
        if (log.isDebugEnabled()) {
            log.debug("dashboard {}: select {} ms, figures {} ms, trend and rows {} ms", s.unit().code(),
                    (selected - started) / 1_000_000, (computed - selected) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("sel", s);
        model.put("prev", prevSel);
        model.put("groups", groups);
        model.put("chosen", chosen);
        model.put("chosenLabel", messages.get("indicator." + chosen));
        model.put("chosenSupplied", chosenValues.total() != null);
        model.put("children", children);
        model.put("trend", trend);
        model.put("path", units.path(s.unit()));
        model.put("fromText", WebDates.format(s.from()));
        model.put("toText", WebDates.format(s.to()));
        model.put("asOfText", WebDates.format(s.asOf()));
        model.put("prevText", WebDates.format(prevSel.from()) + "–" + WebDates.format(prevSel.to()));
        model.put("canWriteReports", canWrite);
        return model;
    }
}
