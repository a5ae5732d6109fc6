package vn.xomantoan.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.domain.Figures;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.Selection;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.units.UnitView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicator catalogue and one indicator's value for a unit, period and hierarchy date, with its breakdown by child. */
@RestController
class IndicatorApiController {

    private final IndicatorEngine engine;
    private final Messages messages;

    IndicatorApiController(IndicatorEngine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    @GetMapping("/api/v1/indicators")
    List<Map<String, Object>> catalogue() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Indicator i : engine.catalogue()) {
            list.add(describe(i));
        }
        return list;
    }

    @GetMapping("/api/v1/indicators/{id}")
    Map<String, Object> one(@PathVariable String id, @RequestParam(required = false) String unit,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String asOf) {
        Indicator indicator = engine.indicator(id).orElseThrow(NotFound::new);
        Selection s = engine.select(unit, ReportingParams.from(from), ReportingParams.to(to), ReportingParams.asOf(asOf));
        Figures current = engine.compute(s, true, id);
        Figures previous = engine.compute(engine.previous(s), false, id);
        Breakdown value = current.get(id);
        Map<String, Object> body = describe(indicator);
        body.put("unit", unit(s.unit()));
        body.put("from", s.from());
        body.put("to", s.to());
        body.put("asOf", s.asOf());
        body.put("status", value.total() == null ? "NO_DATA" : "OK");
        body.put("value", value.total());
        body.put("link", IndicatorEngine.link(indicator, s.unit(), s.from(), s.to(), s.asOf()));
        Map<String, Object> prev = new LinkedHashMap<>();
        prev.put("from", previous.selection().from());
        prev.put("to", previous.selection().to());
        prev.put("value", previous.get(id).total());
        body.put("previous", prev);
        List<Map<String, Object>> children = new ArrayList<>();
        if (value.total() != null) {
            for (UnitView c : s.children()) {
                Map<String, Object> m = unit(c);
                m.put("value", value.child(String.valueOf(c.id())));
                m.put("link", IndicatorEngine.link(indicator, c, s.from(), s.to(), s.asOf()));
                children.add(m);
            }
        }
        body.put("children", children);
        return body;
    }

    private Map<String, Object> describe(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("label", messages.get("indicator." + i.id()));
        m.put("group", i.group());
        m.put("measure", i.measure().name());
        m.put("stock", i.stock());
        m.put("supplied", engine.supplied(i.id()));
        return m;
    }

    private static Map<String, Object> unit(UnitView u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("code", u.code());
        m.put("name", u.name());
        return m;
    }
}
