package vn.xomantoan.reporting.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Review reports: create, edit (optimistic locking, audited), read inside the caller's scope. */
@Service
public class ReviewReports {

    private final JdbcClient jdbc;
    private final IndicatorEngine engine;
    private final AccessScope access;
    private final UnitCatalog units;
    private final AuditLog audit;

    ReviewReports(JdbcClient jdbc, IndicatorEngine engine, AccessScope access, UnitCatalog units, AuditLog audit) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    public boolean canWrite() {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
    }

    /** Defaults for a new report of the unit and period: issuing body, place, title. */
    public ReportDraft defaults(String unitCode, LocalDate from, LocalDate to) {
        Selection s = engine.select(unitCode, from, to, null);
        UnitView unit = s.unit();
        List<UnitView> path = units.path(unit);
        String body = "CÔNG AN " + unit.name().toUpperCase(new Locale("vi"));
        String parent = path.size() > 1 ? "CÔNG AN " + path.get(0).name().toUpperCase(new Locale("vi")) : "BỘ CÔNG AN";
        String place = path.get(0).name().replaceFirst("^(Tỉnh|Thành phố) ", "");
        String kind = java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1)) >= 12 && from.getMonthValue() == 1
                ? "FINAL" : "INTERIM";
        String title = ("FINAL".equals(kind) ? "Tổng kết" : "Sơ kết") + " phong trào \"Tổ dân phố, thôn, xóm an toàn\" về an ninh, trật tự"
                + " từ " + monthYear(from) + " đến " + monthYear(to);
        return new ReportDraft(unit.code(), from, to, s.asOf(), kind, parent, body, null, place,
                to.isAfter(LocalDate.now()) ? LocalDate.now() : to, title, null, null, null, "GIÁM ĐỐC", null,
                "- Như trên;\n- Lưu: VT.");
    }

    private static String monthYear(LocalDate d) {
        return String.format("tháng %02d/%d", d.getMonthValue(), d.getYear());
    }

    @Transactional
    public long create(ReportDraft d) {
        requireWriter();
        Checked c = check(d);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_report (kind, unit_id, unit_code, unit_name, unit_path, period_from, period_to, as_of,
                            parent_body, issuing_body, doc_number, place, issued_on, title, shortcomings, lessons, directions,
                            signer_title, signer_name, recipients, created_at, created_by)
                        VALUES (:kind, :unitId, :code, :name, :path, :from, :to, :asOf, :parent, :body, :number, :place, :issuedOn,
                            :title, :shortcomings, :lessons, :directions, :signerTitle, :signerName, :recipients, :now, :user)""")
                .params(params(c)).param("now", LocalDateTime.now()).param("user", user()).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(AuditAction.CREATE, "ReviewReport", id, c.unit().name() + " " + WebDates.format(c.draft().from()) + "–"
                + WebDates.format(c.draft().to()), null, c.draft());
        return id;
    }

    @Transactional
    public void update(long id, long rowVersion, ReportDraft d) {
        requireWriter();
        ReviewReport before = find(id);
        Checked c = check(d);
        int n = jdbc.sql("""
                        UPDATE review_report SET kind = :kind, unit_id = :unitId, unit_code = :code, unit_name = :name,
                            unit_path = :path, period_from = :from, period_to = :to, as_of = :asOf, parent_body = :parent,
                            issuing_body = :body, doc_number = :number, place = :place, issued_on = :issuedOn, title = :title,
                            shortcomings = :shortcomings, lessons = :lessons, directions = :directions, signer_title = :signerTitle,
                            signer_name = :signerName, recipients = :recipients, updated_at = :now, row_version = row_version + 1
                        WHERE id = :id AND row_version = :version""")
                .params(params(c)).param("now", LocalDateTime.now()).param("id", id).param("version", rowVersion).update();
        if (n == 0) {
            throw ValidationFailure.of("", "reporting.error.staleReport");
        }
        audit.record(AuditAction.UPDATE, "ReviewReport", id, before.unitName() + " " + WebDates.format(before.from()) + "–"
                + WebDates.format(before.to()), before, c.draft());
    }

    /** The report, or 404 when it does not exist or its unit is outside the caller's scope. */
    public ReviewReport find(long id) {
        ReviewReport r = jdbc.sql("SELECT * FROM review_report WHERE id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional().orElseThrow(NotFound::new);
        if (!access.current().contains(r.unitPath())) {
            throw new NotFound();
        }
        return r;
    }

    /** The latest reports inside the caller's scope. */
    public List<ReviewReport> recent(int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = access.current().sql("unit_path", params);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM review_report WHERE " + where + " ORDER BY id DESC LIMIT :limit").params(params)
                .query((rs, n) -> row(rs)).list();
    }

    private record Checked(ReportDraft draft, UnitView unit, LocalDate asOf) {
    }

    private Checked check(ReportDraft d) {
        List<ValidationFailure.Problem> problems = new ArrayList<>();
        if (d.from() == null) {
            problems.add(new ValidationFailure.Problem("from", "reporting.error.required", new Object[0]));
        }
        if (d.to() == null) {
            problems.add(new ValidationFailure.Problem("to", "reporting.error.required", new Object[0]));
        }
        if (d.from() != null && d.to() != null && d.from().isAfter(d.to())) {
            problems.add(new ValidationFailure.Problem("to", "reporting.error.periodOrder", new Object[0]));
        }
        if (d.kind() != null && !d.kind().isBlank() && !List.of("INTERIM", "FINAL").contains(d.kind())) {
            problems.add(new ValidationFailure.Problem("kind", "reporting.error.kind", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Selection s = engine.select(d.unit(), d.from(), d.to(), d.asOf());
        ReportDraft def = defaults(s.unit().code(), d.from(), d.to());
        ReportDraft merged = new ReportDraft(s.unit().code(), d.from(), d.to(), s.asOf(),
                blank(d.kind()) ? def.kind() : d.kind(), text(d.parentBody(), def.parentBody(), 200),
                text(d.issuingBody(), def.issuingBody(), 200), text(d.number(), null, 60), text(d.place(), def.place(), 100),
                d.issuedOn() == null ? def.issuedOn() : d.issuedOn(), text(d.title(), def.title(), 500),
                text(d.shortcomings(), null, 10000), text(d.lessons(), null, 10000), text(d.directions(), null, 10000),
                text(d.signerTitle(), def.signerTitle(), 200), text(d.signerName(), null, 200),
                text(d.recipients(), def.recipients(), 1000));
        return new Checked(merged, s.unit(), s.asOf());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String value, String fallback, int max) {
        if (blank(value)) {
            return fallback;
        }
        // Keep the author's paragraphs: normalise to NFC and trim each line, but do not join lines.
        String v = java.text.Normalizer.normalize(value.replace("\r\n", "\n"), java.text.Normalizer.Form.NFC)
                .lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n")).strip();
        if (v.length() > max) {
            throw ValidationFailure.of("", "reporting.error.tooLong", max);
        }
        return v;
    }

    private static Map<String, Object> params(Checked c) {
        ReportDraft d = c.draft();
        Map<String, Object> p = new HashMap<>();
        p.put("kind", d.kind());
        p.put("unitId", c.unit().id());
        p.put("code", c.unit().code());
        p.put("name", c.unit().name());
        p.put("path", c.unit().path());
        p.put("from", d.from());
        p.put("to", d.to());
        p.put("asOf", c.asOf());
        p.put("parent", d.parentBody());
        p.put("body", d.issuingBody());
        p.put("number", d.number());
        p.put("place", d.place());
        p.put("issuedOn", d.issuedOn());
        p.put("title", d.title());
        p.put("shortcomings", d.shortcomings());
        p.put("lessons", d.lessons());
        p.put("directions", d.directions());
        p.put("signerTitle", d.signerTitle());
        p.put("signerName", d.signerName());
        p.put("recipients", d.recipients());
        return p;
    }

    private void requireWriter() {
        if (!canWrite()) {
            throw new Forbidden();
        }
    }

    private static String user() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static ReviewReport row(ResultSet rs) throws SQLException {
        return new ReviewReport(rs.getLong("id"), rs.getString("kind"), rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("unit_path"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("as_of", LocalDate.class), rs.getString("parent_body"),
                rs.getString("issuing_body"), rs.getString("doc_number"), rs.getString("place"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("shortcomings"),
                rs.getString("lessons"), rs.getString("directions"), rs.getString("signer_title"), rs.getString("signer_name"),
                rs.getString("recipients"), rs.getString("created_by"), rs.getLong("row_version"));
    }

}
