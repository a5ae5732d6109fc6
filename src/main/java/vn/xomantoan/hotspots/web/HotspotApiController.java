package vn.xomantoan.hotspots.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.hotspots.domain.Hotspot;
import vn.xomantoan.hotspots.domain.HotspotDraft;
import vn.xomantoan.hotspots.domain.HotspotParts;
import vn.xomantoan.hotspots.domain.HotspotQuery;
import vn.xomantoan.hotspots.domain.HotspotService;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/hotspots")
@Tag(name = "Địa bàn trọng điểm / Hot spots")
class HotspotApiController {

    private final HotspotService service;

    HotspotApiController(HotspotService service) {
        this.service = service;
    }

    record HotspotInput(String name, String kind, String programme, String programmeRole, String decisionNo,
                        String decisionDate, String authority, List<String> unitCodes, String note) {
    }

    record Created(long id) {
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    record HotspotJson(Hotspot hotspot, List<HotspotParts.CoveredUnit> units, List<HotspotParts.Measure> measures,
                       List<HotspotParts.ProgressWithFigures> progress, HotspotParts.Figures figures) {
    }

    @GetMapping
    @Operation(summary = "Hot spots in scope, filtered by kind, programme, status, name, unit subtree (unit=code or unitId) "
            + "and period (from/to: on the list during the period); sort=name (Vietnamese order, default), date or place")
    PageJson<Hotspot> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String programme, @RequestParam(required = false) String status,
                           @RequestParam(required = false) String unit, @RequestParam(required = false) Long unitId,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String sort,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 200) {
            throw ValidationFailure.of("size", "hotspots.error.pageSize");
        }
        Page<Hotspot> p = service.search(new HotspotQuery(q, kind, programme, status, unit, unitId, from, to, sort,
                Math.max(0, page), size));
        return new PageJson<>(p.items(), p.page(), p.size(), p.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A hot spot with its plan, progress and before/after incident counts")
    HotspotJson one(@PathVariable long id) {
        Hotspot h = service.get(id);
        LocalDate upTo = h.delistingDate() != null ? h.delistingDate() : LocalDate.now();
        return new HotspotJson(h, service.units(id), service.measures(id), service.progress(h),
                service.figures(h, service.unitIds(id), upTo));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Designate a hot spot covering communes or residential areas (codes read on the decision date)")
    Created create(@RequestBody HotspotInput in) {
        service.requirePolice();
        LocalDate date = HotspotController.parse("decisionDate", in.decisionDate());
        return new Created(service.designate(new HotspotDraft(in.name(), in.kind(), in.programme(), in.programmeRole(),
                in.decisionNo(), date, in.authority(), in.unitCodes(), in.note())));
    }
}
