package vn.xomantoan.commitments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.commitments.ChildCoverage;
import vn.xomantoan.commitments.CommitmentCoverage;
import vn.xomantoan.commitments.CoverageFigures;
import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.Kdc1cStatus;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CampaignStore;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentCoverageService;
import vn.xomantoan.commitments.domain.UnitCoverageService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** Campaigns and coverage as JSON, with the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Cam kết, đăng ký tham gia / Commitments")
class CommitmentApiController {

    private final CampaignStore campaigns;
    private final CommitmentCoverageService coverage;
    private final CommitmentAccess access;
    private final UnitCoverageService unitCoverage;

    CommitmentApiController(CampaignStore campaigns, CommitmentCoverageService coverage, CommitmentAccess access,
                            UnitCoverageService unitCoverage) {
        this.unitCoverage = unitCoverage;
        this.campaigns = campaigns;
        this.coverage = coverage;
        this.access = access;
    }

    record CampaignJson(long id, int year, SubjectKind subjectKind, String name, String ownerCode, String ownerName,
                        LocalDate deadline, int graceDays, CriteriaSet criteriaSet, String templateCode, int templateVersion) {
        static CampaignJson of(Campaign c) {
            return new CampaignJson(c.id(), c.year(), c.subjectKind(), c.name(), c.ownerCode(), c.ownerName(), c.deadline(),
                    c.graceDays(), c.criteriaSet(), c.templateCode(), c.templateVersion());
        }
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    record ChildJson(String code, String name, UnitLevel level, long resident, long signed, long notYetDue, long unsigned,
                     double percent, Kdc1cStatus kdc1c) {
        static ChildJson of(ChildCoverage c) {
            CoverageFigures f = c.figures();
            return new ChildJson(c.code(), c.name(), c.level(), f.resident(), f.signed(), f.notYetDue(), f.unsigned(), f.percent(),
                    c.kdc1c());
        }
    }

    record CoverageJson(long campaignId, int year, CriteriaSet criteriaSet, String unit, String name, UnitLevel level,
                        LocalDate asOf, long resident, long signed, long notYetDue, long unsigned, double percent,
                        Kdc1cStatus kdc1c, PageJson<ChildJson> children) {
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Campaigns visible to the caller, filtered by year, kind or name (diacritic-insensitive)")
    PageJson<CampaignJson> campaigns(@RequestParam(required = false) Integer year, @RequestParam(required = false) SubjectKind kind,
                                     @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        Page<Campaign> result = campaigns.search(year, kind, VietnameseText.searchKey(q), page, size, access.scope());
        return new PageJson<>(result.items().stream().map(CampaignJson::of).toList(), result.page(), result.size(), result.total());
    }

    record UnitChildJson(String code, String name, UnitLevel level, long due, long signed, long unsigned, double percent) {
        static UnitChildJson of(ChildCoverage c) {
            CoverageFigures f = c.figures();
            return new UnitChildJson(c.code(), c.name(), c.level(), f.due(), f.signed(), f.unsigned(), f.percent());
        }
    }

    record UnsignedUnitJson(String code, String name, String parentName) {
    }

    record UnitCoverageJson(long campaignId, int year, SubjectKind subjectKind, CriteriaSet criteriaSet, String unit, String name,
                            UnitLevel level, LocalDate asOf, long due, long signed, long unsigned, double percent,
                            PageJson<UnitChildJson> children, List<UnsignedUnitJson> unsignedUnits) {
    }

    @GetMapping("/coverage")
    @Operation(summary = "Coverage of the year's campaign for a unit on a date, with a line per child unit of that date: "
            + "households by default, or units (residential areas, agencies, enterprises, schools) with kind=")
    Object coverage(@RequestParam String unit, @RequestParam int year, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) Long campaign, @RequestParam(required = false) SubjectKind kind,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size) {
        checkPage(page, size);
        if (kind != null && kind != SubjectKind.HOUSEHOLD) {
            return unitCoverage(unit, year, asOf, campaign, kind, page, size);
        }
        UnitScope scope = access.scope();
        LocalDate fallback = LocalDate.now().getYear() <= year ? LocalDate.now() : LocalDate.of(year, 10, 31);
        LocalDate date = WebParams.date(asOf, fallback, "asOf");
        UnitView u = access.units().validOn(unit.trim(), date, scope).orElseThrow(NotFound::new);
        Campaign c = campaign == null
                ? coverage.campaignFor(u, year, date, scope).orElseThrow(NotFound::new)
                : campaigns.byId(campaign, scope).filter(x -> x.year() == year && access.covers(x, u, date)).orElseThrow(NotFound::new);
        CommitmentCoverage result = coverage.coverage(c, u, date, scope);
        List<ChildJson> all = result.children().stream().map(ChildJson::of).toList();
        int from = Math.min(all.size(), page * size);
        List<ChildJson> items = all.subList(from, Math.min(all.size(), from + size));
        CoverageFigures t = result.totals();
        Kdc1cStatus kdc = u.level() == UnitLevel.RESIDENTIAL_AREA ? coverage.kdc1cOfArea(c, u.code(), date) : null;
        return new CoverageJson(c.id(), c.year(), c.criteriaSet(), u.code(), u.name(), u.level(), date, t.resident(), t.signed(),
                t.notYetDue(), t.unsigned(), t.percent(), kdc, new PageJson<>(items, page, size, all.size()));
    }

    private UnitCoverageJson unitCoverage(String unit, int year, String asOf, Long campaign, SubjectKind kind, int page, int size) {
        UnitScope scope = access.scope();
        LocalDate fallback = LocalDate.now().getYear() <= year ? LocalDate.now() : LocalDate.of(year, 11, 15);
        LocalDate date = WebParams.date(asOf, fallback, "asOf");
        UnitView u = access.units().validOn(unit.trim(), date, scope).orElseThrow(NotFound::new);
        Campaign c = campaign == null
                ? unitCoverage.campaignFor(u, year, kind, date, scope).orElseThrow(NotFound::new)
                : campaigns.byId(campaign, scope).filter(x -> x.year() == year && x.subjectKind() == kind && access.covers(x, u, date))
                .orElseThrow(NotFound::new);
        UnitCoverageService.Result result = unitCoverage.coverage(c, u, date, scope);
        List<UnitChildJson> all = result.coverage().children().stream().map(UnitChildJson::of).toList();
        int from = Math.min(all.size(), page * size);
        CoverageFigures t = result.coverage().totals();
        return new UnitCoverageJson(c.id(), c.year(), c.subjectKind(), c.criteriaSet(), u.code(), u.name(), u.level(), date,
                t.due(), t.signed(), t.unsigned(), t.percent(),
                new PageJson<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size()),
                result.unsigned().stream().map(s -> new UnsignedUnitJson(s.code(), s.name(), s.parentName())).toList());
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ValidationFailure.of("size", "api.error.pageSize");
        }
    }
}
