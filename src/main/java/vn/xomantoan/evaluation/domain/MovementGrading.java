package vn.xomantoan.evaluation.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.CurrentUser;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly movement grading of units (Xuất sắc, Khá, Trung bình, Yếu). A unit is graded by the
 * level above it: an officer grades the units under their home unit, never the home unit itself.
 * Where the province configures a points scheme for the year, the grade follows from the points.
 */
@Service
public class MovementGrading {

    public record Grade(String unitCode, String unitName, int year, MovementGrade grade, Integer points, String note, String gradedBy,
                        LocalDateTime gradedAt, long rowVersion) {
    }

    public record Row(UnitView unit, Grade grade) {
    }

    public record Sheet(UnitView parent, int year, GradingScheme scheme, List<Row> rows, Map<MovementGrade, Integer> counts,
                        boolean mayGrade) {
        public int count(MovementGrade grade) {
            return counts.getOrDefault(grade, 0);
        }

        public int ungraded() {
            return rows.size() - counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final JdbcClient jdbc;
    private final AccessScope access;
    private final EvaluationService evaluation;
    private final UnitCatalog units;
    private final AuditLog audit;

    MovementGrading(JdbcClient jdbc, AccessScope access, EvaluationService evaluation, UnitCatalog units, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.evaluation = evaluation;
        this.units = units;
        this.audit = audit;
    }

    /** The scheme of the unit's province in force for the year, if it configures one. */
    public Optional<GradingScheme> scheme(UnitView unit, int year) {
        String province = units.path(unit).get(0).code();
        return jdbc.sql("""
                        SELECT max_points, excellent_min, good_min, average_min, note_vi FROM eval_grading_scheme
                        WHERE province_code = :p AND year_from <= :y ORDER BY year_from DESC""")
                .param("p", province).param("y", year)
                .query((rs, n) -> new GradingScheme(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .stream().findFirst();
    }

    /** The units directly under {@code parentCode} on the year's reference date, with their grades, in Vietnamese order. */
    public Sheet sheet(String parentCode, int year) {
        UnitScope scope = access.current();
        UnitView parent = evaluation.unitFor(parentCode, year, scope);
        List<UnitView> children = new ArrayList<>(units.children(parent.id(), EvaluationService.referenceDate(year), scope));
        children.sort((a, b) -> VietnameseText.comparator().compare(a.name(), b.name()));
        Map<String, Grade> grades = new HashMap<>();
        if (!children.isEmpty()) {
            jdbc.sql("SELECT * FROM eval_movement_grade WHERE eval_year = :y AND unit_code IN (:codes)")
                    .param("y", year).param("codes", children.stream().map(UnitView::code).toList())
                    .query((rs, n) -> grades.put(rs.getString("unit_code"), grade(rs))).list();
        }
        Map<MovementGrade, Integer> counts = new EnumMap<>(MovementGrade.class);
        List<Row> rows = new ArrayList<>();
        for (UnitView child : children) {
            Grade g = grades.get(child.code());
            if (g != null) {
                counts.merge(g.grade(), 1, Integer::sum);
            }
            rows.add(new Row(child, g));
        }
        return new Sheet(parent, year, scheme(parent, year).orElse(null), rows, counts, mayGrade(parent, scope));
    }

    private boolean mayGrade(UnitView parent, UnitScope scope) {
        Optional<Role> role = access.role();
        return role.isPresent() && (role.get() == Role.ADMIN || role.get() == Role.PROVINCE_OFFICER || role.get() == Role.COMMUNE_OFFICER)
                && scope.contains(parent.path());
    }

    /**
     * Grades one unit for the year. With a points scheme the points decide the grade (a grade given
     * as well must agree); without one the grade is required and points are not accepted.
     */
    @Transactional
    public Grade grade(String unitCode, int year, MovementGrade grade, Integer points, String note) {
        UnitScope scope = access.current();
        UnitView unit = evaluation.unitFor(unitCode, year, scope);
        Role role = access.role().orElseThrow(Forbidden::new);
        if (role.readOnly() || role == Role.AREA_HEAD || (role != Role.ADMIN && scope.rootPaths().contains(unit.path()))) {
            throw new Forbidden();
        }
        Optional<GradingScheme> scheme = scheme(unit, year);
        MovementGrade result;
        if (scheme.isPresent()) {
            GradingScheme s = scheme.get();
            if (points == null) {
                throw ValidationFailure.of("points", "eval.grade.error.pointsRequired", s.maxPoints());
            }
            if (points < 0 || points > s.maxPoints()) {
                throw ValidationFailure.of("points", "eval.grade.error.pointsRange", s.maxPoints());
            }
            result = s.gradeOf(points);
            if (grade != null && grade != result) {
                throw ValidationFailure.of("grade", "eval.grade.error.mismatch", points,
                        new org.springframework.context.support.DefaultMessageSourceResolvable("eval.grade." + result));
            }
        } else {
            if (points != null) {
                throw ValidationFailure.of("points", "eval.grade.error.noScheme");
            }
            if (grade == null) {
                throw ValidationFailure.of("grade", "eval.grade.error.gradeRequired");
            }
            result = grade;
        }
        String cleanNote = note == null || note.isBlank() ? null : VietnameseText.clean(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw ValidationFailure.of("note", "eval.grade.error.noteLength");
        }
        Optional<Grade> before = find(unit.code(), year);
        String user = access.user().map(CurrentUser::getUsername).orElse("system");
        LocalDateTime now = LocalDateTime.now();
        if (before.isPresent()) {
            jdbc.sql("""
                            UPDATE eval_movement_grade SET grade = :g, points = :p, note = :n, graded_by = :u, graded_at = :t,
                                   unit_id = :uid, unit_name = :name, row_version = row_version + 1
                            WHERE unit_code = :c AND eval_year = :y""")
                    .param("g", result.name()).param("p", points, java.sql.Types.INTEGER).param("n", cleanNote, java.sql.Types.VARCHAR)
                    .param("u", user).param("t", now).param("uid", unit.id()).param("name", unit.name())
                    .param("c", unit.code()).param("y", year).update();
        } else {
            jdbc.sql("""
                            INSERT INTO eval_movement_grade (unit_code, unit_id, unit_name, eval_year, grade, points, note, graded_by, graded_at)
                            VALUES (:c, :uid, :name, :y, :g, :p, :n, :u, :t)""")
                    .param("g", result.name()).param("p", points, java.sql.Types.INTEGER).param("n", cleanNote, java.sql.Types.VARCHAR)
                    .param("u", user).param("t", now).param("uid", unit.id()).param("name", unit.name())
                    .param("c", unit.code()).param("y", year).update();
        }
        Grade after = find(unit.code(), year).orElseThrow();
        audit.record(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "eval_movement_grade", unit.code() + "/" + year,
                "Xếp loại phong trào năm " + year + " của " + unit.name(), before.orElse(null), after);
        return after;
    }

    private Optional<Grade> find(String code, int year) {
        return jdbc.sql("SELECT * FROM eval_movement_grade WHERE unit_code = :c AND eval_year = :y").param("c", code).param("y", year)
                .query((rs, n) -> grade(rs)).optional();
    }

    private static Grade grade(java.sql.ResultSet rs) throws java.sql.SQLException {
        int points = rs.getInt("points");
        Integer p = rs.wasNull() ? null : points;
        return new Grade(rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("eval_year"), MovementGrade.valueOf(rs.getString("grade")),
                p, rs.getString("note"), rs.getString("graded_by"), rs.getTimestamp("graded_at").toLocalDateTime(), rs.getLong("row_version"));
    }
}
