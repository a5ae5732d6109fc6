package vn.xomantoan.hotspots.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.hotspots.HotspotKind;
import vn.xomantoan.hotspots.ProgrammeRole;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.IncidentCounts;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Designation, plan, progress and de-listing of hot spots; police roles only, inside their scope; audited. */
@Service
public class HotspotService {

    static final String ENTITY = "Hotspot";
    private static final String VISIBLE = " EXISTS (SELECT 1 FROM hotspot_unit hu JOIN unit_version u ON u.id = hu.unit_id "
            + "WHERE hu.hotspot_id = h.id AND %s)";

    private final JdbcClient jdbc;
    private final AccessScope access;
    private final UnitCatalog units;
    private final IncidentCounts incidents;
    private final AuditLog audit;
    private final UnitDirectory directory;

    HotspotService(JdbcClient jdbc, AccessScope access, UnitCatalog units, IncidentCounts incidents, AuditLog audit,
                   UnitDirectory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.incidents = incidents;
        this.audit = audit;
    }

    public UnitScope requirePolice() {
        if (!access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER)) {
            throw new Forbidden();
        }
        return access.current();
    }

    public Page<Hotspot> search(String q, String kind, String programme, String status, int page, int size) {
        return search(HotspotQuery.of(q, kind, programme, status, page, size));
    }

    /** Hot spots in scope matching the filters; a bad date or sort is a 400 with its field, an unknown unit a 404. */
    public Page<Hotspot> search(HotspotQuery f) {
        UnitScope scope = requirePolice();
        LocalDate from = date("from", f.from());
        LocalDate to = date("to", f.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationFailure.of("to", "hotspots.error.periodOrder");
        }
        String sort = f.sort() == null || f.sort().isBlank() ? "name" : f.sort().trim();
        String order = switch (sort) {
            case "name" -> " ORDER BY h.sort_key, h.id";
            case "date" -> " ORDER BY h.decision_date DESC, h.sort_key, h.id";
            case "place" -> " ORDER BY (SELECT MIN(pu.sort_key) FROM hotspot_unit phu JOIN unit_version pu ON pu.id = phu.unit_id"
                    + " WHERE phu.hotspot_id = h.id), h.sort_key, h.id";
            default -> throw ValidationFailure.of("sort", "hotspots.error.sort", sort);
        };
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM hotspot h WHERE").append(VISIBLE.formatted(scope.sql("u.path", params)));
        UnitView unit = null;
        if (f.unitId() != null) {
            unit = units.byId(f.unitId(), scope).orElseThrow(NotFound::new);
        } else if (f.unit() != null && !f.unit().isBlank()) {
            String code = f.unit().trim();
            LocalDate asOf = to != null ? to : LocalDate.now();
            unit = units.validOn(code, asOf, scope)
                    .or(() -> from == null ? java.util.Optional.empty() : units.validOn(code, from, scope))
                    .orElseThrow(NotFound::new);
        }
        if (unit != null) {
            // The unit's subtree, and the subtrees of the units it succeeded: a 2015 designation of a
            // commune that merged in 2025 belongs to the merged commune.
            List<String> paths = UnitScope.of(directory.lineagePaths(unit.id())).rootPaths();
            where.append(" AND EXISTS (SELECT 1 FROM hotspot_unit su JOIN unit_version sv ON sv.id = su.unit_id WHERE su.hotspot_id = h.id AND (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i > 0 ? " OR " : "").append("sv.path LIKE :sub").append(i);
                params.put("sub" + i, paths.get(i) + "%");
            }
            where.append("))");
        }
        if (to != null) {
            where.append(" AND h.decision_date <= :periodTo");
            params.put("periodTo", to);
        }
        if (from != null) {
            where.append(" AND (h.delisting_date IS NULL OR h.delisting_date >= :periodFrom)");
            params.put("periodFrom", from);
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND h.search_key LIKE :q");
            params.put("q", "%" + VietnameseText.searchKey(f.q()) + "%");
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" AND h.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.programme() != null && !f.programme().isBlank()) {
            where.append(" AND h.programme = :programme");
            params.put("programme", f.programme());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" AND h.status = :status");
            params.put("status", f.status());
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<Hotspot> items = jdbc.sql("SELECT h.*" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(Hotspot.class).list();
        return new Page<>(items, f.page(), f.size(), total);
    }

    private static LocalDate date(String field, String text) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }

    public Hotspot get(long id) {
        UnitScope scope = requirePolice();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT h.* FROM hotspot h WHERE h.id = :id AND" + VISIBLE.formatted(scope.sql("u.path", params)))
                .params(params).query(Hotspot.class).optional().orElseThrow(NotFound::new);
    }

    public List<HotspotParts.CoveredUnit> units(long id) {
        return jdbc.sql("""
                        SELECT hu.unit_id, hu.unit_code, u.name, u.level FROM hotspot_unit hu JOIN unit_version u ON u.id = hu.unit_id
                        WHERE hu.hotspot_id = :id ORDER BY u.sort_key""")
                .param("id", id).query(HotspotParts.CoveredUnit.class).list();
    }

    public List<HotspotParts.Measure> measures(long id) {
        return jdbc.sql("SELECT id, measure, responsible, deadline, done FROM hotspot_measure WHERE hotspot_id = :id ORDER BY deadline, id")
                .param("id", id).query(HotspotParts.Measure.class).list();
    }

    public List<HotspotParts.ProgressWithFigures> progress(Hotspot h) {
        List<Long> unitIds = units(h.id()).stream().map(HotspotParts.CoveredUnit::unitId).toList();
        return jdbc.sql("SELECT id, reported_on, assessment, note FROM hotspot_progress WHERE hotspot_id = :id ORDER BY reported_on, id")
                .param("id", h.id()).query(HotspotParts.Progress.class).list().stream()
                .map(p -> new HotspotParts.ProgressWithFigures(p, figures(h, unitIds, p.reportedOn()))).toList();
    }

    /** Twelve months before designation against the twelve months up to {@code upTo}. */
    public HotspotParts.Figures figures(Hotspot h, List<Long> unitIds, LocalDate upTo) {
        LocalDate beforeTo = h.decisionDate().minusDays(1);
        LocalDate beforeFrom = h.decisionDate().minusYears(1);
        LocalDate afterFrom = upTo.minusYears(1).plusDays(1);
        return new HotspotParts.Figures(beforeFrom, beforeTo, incidents.countInside(unitIds, beforeFrom, beforeTo, access.current()),
                afterFrom, upTo, incidents.countInside(unitIds, afterFrom, upTo, access.current()));
    }

    public List<Long> unitIds(long id) {
        return units(id).stream().map(HotspotParts.CoveredUnit::unitId).toList();
    }

    @Transactional
    public long designate(HotspotDraft d) {
        UnitScope scope = requireWriter();
        List<Problem> problems = new ArrayList<>();
        String name = VietnameseText.clean(d.name());
        if (name == null || name.isEmpty()) {
            problems.add(new Problem("name", "hotspots.error.name", null));
        }
        if (d.kind() == null || d.kind().isBlank()) {
            problems.add(new Problem("kind", "hotspots.error.kind", null));
        } else if (Arrays.stream(HotspotKind.values()).noneMatch(k -> k.name().equals(d.kind()))) {
            problems.add(new Problem("kind", "hotspots.error.kindUnknown", new Object[]{d.kind()}));
        }
        if (d.programmeRole() != null && !d.programmeRole().isBlank()
                && Arrays.stream(ProgrammeRole.values()).noneMatch(k -> k.name().equals(d.programmeRole()))) {
            problems.add(new Problem("programmeRole", "hotspots.error.programmeRole", null));
        }
        String decisionNo = VietnameseText.clean(d.decisionNo());
        String authority = VietnameseText.clean(d.authority());
        if (decisionNo == null || decisionNo.isEmpty() || authority == null || authority.isEmpty()) {
            problems.add(new Problem("decisionNo", "hotspots.error.decision", null));
        }
        if (d.decisionDate() == null || d.decisionDate().isAfter(LocalDate.now())) {
            problems.add(new Problem("decisionDate", "hotspots.error.decisionDate", null));
        }
        List<UnitView> covered = new ArrayList<>();
        if (d.unitCodes() == null || d.unitCodes().stream().allMatch(c -> c == null || c.isBlank())) {
            problems.add(new Problem("unitCodes", "hotspots.error.unitsRequired", null));
        } else if (d.decisionDate() != null) {
            for (String raw : d.unitCodes()) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                String code = raw.trim();
                var unit = units.validOn(code, d.decisionDate(), scope);
                if (unit.isEmpty()) {
                    problems.add(unitProblem(code, d.decisionDate()));
                } else if (unit.get().level() != UnitLevel.COMMUNE && unit.get().level() != UnitLevel.RESIDENTIAL_AREA) {
                    problems.add(new Problem("unitCodes", "hotspots.error.unitLevel", new Object[]{unit.get().name()}));
                } else if (covered.stream().noneMatch(u -> u.id() == unit.get().id())) {
                    covered.add(unit.get());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("kind", d.kind());
        p.put("programme", blankToNull(d.programme()));
        p.put("role", blankToNull(d.programmeRole()));
        p.put("no", decisionNo);
        p.put("date", d.decisionDate());
        p.put("authority", authority);
        p.put("note", VietnameseText.clean(blankToNull(d.note())));
        p.put("searchKey", VietnameseText.searchKey(name + " " + decisionNo + " "
                + String.join(" ", covered.stream().map(UnitView::name).toList())));
        p.put("sortKey", VietnameseText.sortKey(name));
        p.put("at", LocalDateTime.now());
        p.put("by", access.user().map(u -> u.getUsername()).orElse("system"));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hotspot (name, kind, programme, programme_role, decision_no, decision_date, authority, status,
                            note, search_key, sort_key, created_at, created_by)
                        VALUES (:name, :kind, :programme, :role, :no, :date, :authority, 'DESIGNATED', :note, :searchKey, :sortKey, :at, :by)""")
                .params(p).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (UnitView u : covered) {
            jdbc.sql("INSERT INTO hotspot_unit (hotspot_id, unit_id, unit_code) VALUES (:h, :u, :c)")
                    .param("h", id).param("u", u.id()).param("c", u.code()).update();
        }
        p.put("units", covered.stream().map(UnitView::code).toList());
        audit.record(AuditAction.CREATE, ENTITY, id, "Đưa vào danh sách " + name + " (" + decisionNo + ")", null, p);
        return id;
    }

    @Transactional
    public void addMeasure(long id, String measure, String responsible, LocalDate deadline) {
        requireWriter();
        Hotspot h = get(id);
        String m = VietnameseText.clean(measure);
        String r = VietnameseText.clean(responsible);
        if (m == null || m.isEmpty() || r == null || r.isEmpty() || deadline == null) {
            throw ValidationFailure.of("measure", "hotspots.error.measure");
        }
        jdbc.sql("INSERT INTO hotspot_measure (hotspot_id, measure, responsible, deadline) VALUES (:h, :m, :r, :d)")
                .param("h", id).param("m", m).param("r", r).param("d", deadline).update();
        audit.record(AuditAction.UPDATE, ENTITY, id, "Thêm biện pháp chuyển hóa cho " + h.name(), null,
                Map.of("measure", m, "responsible", r, "deadline", deadline.toString()));
    }

    @Transactional
    public void addProgress(long id, LocalDate reportedOn, String assessment, String note) {
        requireWriter();
        Hotspot h = get(id);
        if (reportedOn == null || reportedOn.isBefore(h.decisionDate()) || reportedOn.isAfter(LocalDate.now())) {
            throw ValidationFailure.of("reportedOn", "hotspots.error.reportedOn", WebDates.format(h.decisionDate()));
        }
        if (assessment == null || !List.of("IN_PROGRESS", "ACHIEVED", "NOT_ACHIEVED").contains(assessment)) {
            throw ValidationFailure.of("assessment", "hotspots.error.assessment");
        }
        String n = VietnameseText.clean(note);
        if (n == null || n.isEmpty()) {
            throw ValidationFailure.of("note", "hotspots.error.note");
        }
        jdbc.sql("INSERT INTO hotspot_progress (hotspot_id, reported_on, assessment, note) VALUES (:h, :d, :a, :n)")
                .param("h", id).param("d", reportedOn).param("a", assessment).param("n", n).update();
        if (assessment.equals("ACHIEVED") && h.status().equals("DESIGNATED")) {
            jdbc.sql("UPDATE hotspot SET status = 'TRANSFORMED', row_version = row_version + 1 WHERE id = :id").param("id", id).update();
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, "Cập nhật tiến độ chuyển hóa " + h.name(), null,
                Map.of("reportedOn", reportedOn.toString(), "assessment", assessment, "note", n));
    }

    @Transactional
    public void delist(long id, long rowVersion, String decisionNo, LocalDate date, String authority) {
        requireWriter();
        Hotspot h = get(id);
        String no = VietnameseText.clean(decisionNo);
        String by = VietnameseText.clean(authority);
        List<Problem> problems = new ArrayList<>();
        if (no == null || no.isEmpty() || by == null || by.isEmpty()) {
            problems.add(new Problem("delistingNo", "hotspots.error.decision", null));
        }
        if (date == null || date.isBefore(h.decisionDate()) || date.isAfter(LocalDate.now())) {
            problems.add(new Problem("delistingDate", "hotspots.error.delistingDate", new Object[]{WebDates.format(h.decisionDate())}));
        }
        if (h.status().equals("DELISTED")) {
            problems.add(new Problem("delistingNo", "hotspots.error.alreadyDelisted", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        int n = jdbc.sql("""
                        UPDATE hotspot SET status = 'DELISTED', delisting_no = :no, delisting_date = :d, delisting_authority = :by,
                            row_version = row_version + 1 WHERE id = :id AND row_version = :v""")
                .param("no", no).param("d", date).param("by", by).param("id", id).param("v", rowVersion).update();
        if (n == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, "Đưa " + h.name() + " ra khỏi danh sách (" + no + ")", h,
                Map.of("delistingNo", no, "delistingDate", date.toString(), "delistingAuthority", by));
    }

    /** Items of a programme by role, with their status counts. */
    public Map<String, List<Hotspot>> programme(String code) {
        UnitScope scope = requirePolice();
        Map<String, Object> params = new HashMap<>();
        params.put("p", code);
        Map<String, List<Hotspot>> byRole = new java.util.LinkedHashMap<>();
        for (ProgrammeRole r : ProgrammeRole.values()) {
            byRole.put(r.name(), new ArrayList<>());
        }
        jdbc.sql("SELECT h.* FROM hotspot h WHERE h.programme = :p AND" + VISIBLE.formatted(scope.sql("u.path", params))
                        + " ORDER BY h.sort_key, h.id")
                .params(params).query(Hotspot.class).list()
                .forEach(h -> byRole.computeIfAbsent(h.programmeRole() == null ? "KEY_AREA" : h.programmeRole(), k -> new ArrayList<>()).add(h));
        return byRole;
    }

    public List<String> programmes() {
        return jdbc.sql("SELECT DISTINCT programme FROM hotspot WHERE programme IS NOT NULL ORDER BY programme").query(String.class).list();
    }

    /** Why a code names no unit the user may cover on the date: outside their scope, not valid then, or unknown. */
    private Problem unitProblem(String code, LocalDate date) {
        var elsewhere = units.validOn(code, date, UnitScope.EVERYTHING);
        if (elsewhere.isPresent()) {
            return new Problem("unitCodes", "hotspots.error.unitOutOfScope", new Object[]{elsewhere.get().name(), code});
        }
        long versions = jdbc.sql("SELECT COUNT(*) FROM unit_version WHERE code = :c").param("c", code).query(Long.class).single();
        if (versions > 0) {
            return new Problem("unitCodes", "hotspots.error.unitNotOnDate", new Object[]{code, WebDates.format(date)});
        }
        return new Problem("unitCodes", "hotspots.error.unitUnknown", new Object[]{code, WebDates.format(date)});
    }

    private UnitScope requireWriter() {
        return requirePolice();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
