package vn.xomantoan.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xomantoan.evaluation.IncidentFacts.Category;
import vn.xomantoan.evaluation.IncidentFacts.CrimeClass;
import vn.xomantoan.evaluation.IncidentFacts.Incident;
import vn.xomantoan.evaluation.IncidentFacts.SecurityEvent;
import vn.xomantoan.evaluation.SecurityForceFacts.Rating;
import vn.xomantoan.evaluation.domain.CaseEvaluation;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.ChildStats;
import vn.xomantoan.evaluation.domain.CriteriaSet;
import vn.xomantoan.evaluation.domain.Criterion;
import vn.xomantoan.evaluation.domain.CriterionRules;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.EvaluationEngine;
import vn.xomantoan.evaluation.domain.Explanation;
import vn.xomantoan.evaluation.domain.Mode;
import vn.xomantoan.evaluation.domain.Outcome;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.Params;
import vn.xomantoan.evaluation.domain.Target;
import vn.xomantoan.evaluation.domain.UnitFacts;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.shared.web.WebDates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every criterion of every criteria set as shipped by the migrations, with facts that meet it and
 * facts that fail it, taken from the words of the circulars (spec §3–§9). The criteria are read from
 * the migration scripts themselves (no database, no Spring context), so a new criterion, a changed
 * rule or a changed parameter shows up here.
 *
 * <p>Cases where the rule and the words of the circular disagree are not in the table; they are listed
 * in {@link #NO_FAILING_CASE} (and in the comments next to the criterion) so that the guard lets them
 * through knowingly.
 */
class EveryCriterionTest {

    // ---------------------------------------------------------------------------------------------
    // The criteria as shipped
    // ---------------------------------------------------------------------------------------------

    record Shipped(Map<String, CriteriaSet> sets, List<Criterion> criteria) {

        Criterion criterion(String setCode, String code) {
            return criteria.stream().filter(c -> c.setCode().equals(setCode) && c.code().equals(code) && c.provinceCode() == null)
                    .findFirst().orElse(null);
        }

        List<Criterion> decidedByData() {
            return criteria.stream().filter(c -> c.mode() != Mode.HUMAN).toList();
        }
    }

    /** Where Flyway finds the migrations for the in-memory database (spring.flyway.locations with {vendor} = h2). */
    static final List<String> MIGRATION_FOLDERS = List.of("db/migration/common", "db/migration/h2");
    private static final Set<String> TABLES = Set.of("eval_criteria_set", "eval_criterion", "eval_parameter");

    private static final Pattern SET_DEADLINE = Pattern.compile(
            "UPDATE eval_criteria_set SET register_by = '(\\d\\d-\\d\\d)' WHERE code = '([^']+)';?");
    private static final Pattern CRITERION_PARAMS = Pattern.compile(
            "UPDATE eval_criterion SET params = '([^']*)' WHERE set_code = '([^']+)' AND code = '([^']+)';?");

    static final Shipped SHIPPED = load();

    /**
     * Reads the rows of eval_criteria_set and eval_criterion from the INSERT statements of every
     * migration, in version order. Any other statement that writes to these tables (an UPDATE, a DELETE,
     * province parameters...) stops the test: the loader must then learn it, so that the test keeps
     * following the data.
     */
    static Shipped load() {
        Map<String, CriteriaSet> sets = new LinkedHashMap<>();
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        List<String> notUnderstood = new ArrayList<>();
        for (Path file : migrations()) {
            for (String statement : Sql.statements(read(file))) {
                String head = statement.replaceAll("\\s+", " ").trim();
                String lower = head.toLowerCase(Locale.ROOT);
                if (TABLES.stream().noneMatch(lower::contains) || lower.startsWith("create table") || lower.startsWith("create index")
                        || lower.startsWith("create unique index")) {
                    continue;
                }
                if (lower.startsWith("insert into eval_criteria_set ")) {
                    for (Map<String, String> row : Sql.rows(statement)) {
                        String yearTo = row.get("year_to");
                        sets.put(row.get("code"), new CriteriaSet(row.get("code"), row.get("legal_basis"), UnitKind.valueOf(row.get("unit_kind")),
                                Integer.parseInt(row.get("year_from")), yearTo == null ? null : Integer.valueOf(yearTo),
                                row.get("title_vi"), row.get("title_en"), monthDay(row.get("window_from")), monthDay(row.get("window_to")),
                                monthDay(row.get("register_by")), monthDay(row.get("decide_by"))));
                    }
                } else if (lower.startsWith("insert into eval_criterion ")) {
                    for (Map<String, String> row : Sql.rows(statement)) {
                        Criterion c = new Criterion(row.get("set_code"), row.get("code"), Integer.parseInt(row.get("position")),
                                Mode.valueOf(row.get("mode")), row.get("rule"), Params.parse(row.getOrDefault("params", "")),
                                row.get("text_vi"), row.get("text_en"), row.get("note"), row.get("province_code"));
                        criteria.put(c.setCode() + " " + c.code() + " " + c.provinceCode(), c);
                    }
                } else if (!applyUpdate(head, sets, criteria)) {
                    notUnderstood.add(file.getFileName() + ": " + head.substring(0, Math.min(120, head.length())));
                }
            }
        }
        if (!notUnderstood.isEmpty()) {
            throw new IllegalStateException("Statements on the criteria tables the test cannot follow yet:\n  "
                    + String.join("\n  ", notUnderstood));
        }
        List<Criterion> ordered = criteria.values().stream()
                .sorted(Comparator.comparing(Criterion::setCode).thenComparingInt(Criterion::position).thenComparing(Criterion::code)).toList();
        return new Shipped(sets, ordered);
    }

    /** The two corrections the migrations make: a set's registration deadline and a national criterion's parameters. */
    private static boolean applyUpdate(String statement, Map<String, CriteriaSet> sets, Map<String, Criterion> criteria) {
        Matcher m = SET_DEADLINE.matcher(statement);
        if (m.matches()) {
            CriteriaSet s = sets.get(m.group(2));
            if (s == null) {
                return false;
            }
            sets.put(s.code(), new CriteriaSet(s.code(), s.legalBasis(), s.kind(), s.yearFrom(), s.yearTo(), s.titleVi(), s.titleEn(),
                    s.windowFrom(), s.windowTo(), monthDay(m.group(1)), s.decideBy()));
            return true;
        }
        m = CRITERION_PARAMS.matcher(statement);
        if (m.matches()) {
            Criterion c = criteria.get(m.group(2) + " " + m.group(3) + " null");
            if (c == null) {
                return false;
            }
            criteria.put(m.group(2) + " " + m.group(3) + " null", new Criterion(c.setCode(), c.code(), c.position(), c.mode(), c.rule(),
                    Params.parse(m.group(1)), c.textVi(), c.textEn(), c.note(), c.provinceCode()));
            return true;
        }
        return false;
    }

    /** The migration scripts in Flyway's order (by version). */
    static List<Path> migrations() {
        List<Path> files = new ArrayList<>();
        for (String folder : MIGRATION_FOLDERS) {
            try {
                URL url = EveryCriterionTest.class.getClassLoader().getResource(folder);
                if (url == null) {
                    throw new IllegalStateException("No migration folder " + folder + " on the class path");
                }
                try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                    list.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql")).forEach(files::add);
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        files.sort(EveryCriterionTest::byVersion);
        return files;
    }

    /** V10_1 after V10 and before V11, as Flyway orders versions. */
    private static int byVersion(Path a, Path b) {
        int[] x = version(a);
        int[] y = version(b);
        return Arrays.compare(x, y);
    }

    private static int[] version(Path file) {
        String name = file.getFileName().toString();
        return Arrays.stream(name.substring(1, name.indexOf("__")).split("_")).mapToInt(Integer::parseInt).toArray();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Just enough SQL to read INSERT ... VALUES statements: quoted strings ('' escapes), NULL, numbers. */
    static final class Sql {

        private Sql() {
        }

        /** The statements of a script, line comments removed. */
        static List<String> statements(String script) {
            List<String> out = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < script.length(); i++) {
                char ch = script.charAt(i);
                if (!quoted && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                    while (i < script.length() && script.charAt(i) != '\n') {
                        i++;
                    }
                    sb.append('\n');
                    continue;
                }
                if (ch == '\'') {
                    quoted = !quoted;
                }
                if (!quoted && ch == ';') {
                    if (!sb.toString().isBlank()) {
                        out.add(sb.toString().trim());
                    }
                    sb.setLength(0);
                } else {
                    sb.append(ch);
                }
            }
            if (!sb.toString().isBlank()) {
                out.add(sb.toString().trim());
            }
            return out;
        }

        /** The rows of an {@code INSERT INTO t (columns) VALUES (...), (...)} statement, column name to value (null for NULL). */
        static List<Map<String, String>> rows(String insert) {
            int open = insert.indexOf('(');
            int close = insert.indexOf(')', open);
            List<String> columns = Arrays.stream(insert.substring(open + 1, close).split(",")).map(String::trim).toList();
            String rest = insert.substring(close + 1).trim();
            if (!rest.regionMatches(true, 0, "VALUES", 0, 6)) {
                throw new IllegalStateException("Not an INSERT ... VALUES statement: " + insert.substring(0, Math.min(80, insert.length())));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            int i = 6;
            while (i < rest.length()) {
                char ch = rest.charAt(i);
                if (Character.isWhitespace(ch) || ch == ',') {
                    i++;
                    continue;
                }
                if (ch != '(') {
                    throw new IllegalStateException("Unexpected '" + ch + "' in " + rest.substring(i, Math.min(rest.length(), i + 60)));
                }
                List<String> values = new ArrayList<>();
                i = tuple(rest, i + 1, values);
                if (values.size() != columns.size()) {
                    throw new IllegalStateException(values.size() + " values for " + columns.size() + " columns: " + values);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    row.put(columns.get(c), values.get(c));
                }
                rows.add(row);
            }
            return rows;
        }

        /** Reads the values of one tuple starting after its '('; returns the index after its ')'. */
        private static int tuple(String s, int i, List<String> values) {
            while (true) {
                while (Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (s.charAt(i) == '\'') {
                    StringBuilder v = new StringBuilder();
                    i++;
                    while (true) {
                        char ch = s.charAt(i);
                        if (ch == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                            v.append('\'');
                            i += 2;
                        } else if (ch == '\'') {
                            i++;
                            break;
                        } else {
                            v.append(ch);
                            i++;
                        }
                    }
                    values.add(v.toString());
                } else {
                    int start = i;
                    while (s.charAt(i) != ',' && s.charAt(i) != ')') {
                        i++;
                    }
                    String word = s.substring(start, i).trim();
                    if (!word.matches("(?i)NULL|TRUE|FALSE|-?[0-9]+")) {
                        throw new IllegalStateException("Cannot read the value " + word);
                    }
                    values.add(word.equalsIgnoreCase("NULL") ? null : word);
                }
                while (Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (s.charAt(i) == ')') {
                    return i + 1;
                }
                if (s.charAt(i) != ',') {
                    throw new IllegalStateException("Unexpected '" + s.charAt(i) + "' after " + values);
                }
                i++;
            }
        }
    }

    private static MonthDay monthDay(String mmdd) {
        return MonthDay.parse("--" + mmdd);
    }

    // ---------------------------------------------------------------------------------------------
    // Building facts
    // ---------------------------------------------------------------------------------------------

    /** The set a case runs in, an evaluation year the set applies to, and dates relative to its calendar. */
    record Ctx(CriteriaSet set, int year) {

        static Ctx of(CriteriaSet set) {
            return new Ctx(set, set.yearTo() == null ? 2025 : set.yearTo() - 2);
        }

        UnitFacts unit() {
            return new UnitFacts("U-1", set.kind(), year, set);
        }

        /** A day well inside this year's window. */
        LocalDate mid() {
            return set.windowStart(year).plusMonths(5);
        }

        /** A day well inside the previous year's window. */
        LocalDate prevMid() {
            return set.windowStart(year - 1).plusMonths(5);
        }

        LocalDate windowStart() {
            return set.windowStart(year);
        }

        LocalDate windowEnd() {
            return set.windowEnd(year);
        }

        LocalDate deadline() {
            return set.registrationDeadline(year);
        }

        /** Every incident category supplied, nothing recorded. */
        UnitFacts quiet() {
            return incidents(List.of(), List.of());
        }

        /** Every incident category supplied; {@code now} in this window, nothing in the previous one. */
        UnitFacts incidents(Incident... now) {
            return unit().incidents(EnumSet.allOf(Category.class), List.of(now), List.of());
        }

        UnitFacts incidents(List<Incident> now, List<Incident> before) {
            return unit().incidents(EnumSet.allOf(Category.class), now, before);
        }

        /** A unit with every fact source installed and everything in order (and nothing in the windows). */
        UnitFacts inOrder() {
            return unit().registeredOn(deadline().minusDays(20))
                    .coverage(true, new CoverageFacts.Coverage(40, 40, List.of()))
                    .incidents(EnumSet.allOf(Category.class), List.of(), List.of())
                    .models(List.of(new ModelFacts.Model("m1", "Camera an ninh", true, "/honours/models/1")))
                    .documents(List.of(doc(DocumentFacts.Kind.RESOLUTION, deadline().minusDays(60)),
                            doc(DocumentFacts.Kind.PLAN, deadline().minusDays(45))))
                    .staff(true, new StaffFacts.Staff(30, 30, 30), new StaffFacts.Subunits(5, 5, 0))
                    .force(true, new SecurityForceFacts.ForceRating(Rating.GOOD, 0, null));
        }
    }

    private static final AtomicInteger IDS = new AtomicInteger();

    static Incident incident(LocalDate date, Category category, CrimeClass cls, SecurityEvent event, boolean serious,
                             boolean forceMajeure, boolean prompt) {
        String id = String.valueOf(IDS.incrementAndGet());
        return new Incident("U-1", id, date, category, cls, event, serious, forceMajeure, prompt,
                category + (cls != null ? " " + cls : "") + (event != null ? " " + event : "") + ", " + WebDates.format(date),
                "/incidents/" + id);
    }

    static Incident crime(LocalDate date, CrimeClass cls) {
        return incident(date, Category.CRIME, cls, null, false, false, false);
    }

    static Incident crime(LocalDate date, CrimeClass cls, boolean forceMajeure, boolean prompt) {
        return incident(date, Category.CRIME, cls, null, false, forceMajeure, prompt);
    }

    static Incident event(LocalDate date, SecurityEvent event) {
        return incident(date, Category.SECURITY_EVENT, null, event, false, false, false);
    }

    /** A record of the category not classed as serious (a new spot, a social-evil case, a level-2 fire...). */
    static Incident record(LocalDate date, Category category) {
        return incident(date, category, null, null, false, false, false);
    }

    /** A fire, accident or incident classed as serious by the reference data (fire level 3+, a fatal labour accident...). */
    static Incident serious(LocalDate date, Category category) {
        return incident(date, category, null, null, true, false, false);
    }

    static Incident seriousForceMajeure(LocalDate date, Category category) {
        return incident(date, category, null, null, true, true, false);
    }

    static DocumentFacts.Document doc(DocumentFacts.Kind kind, LocalDate issuedOn) {
        String number = kind == DocumentFacts.Kind.RESOLUTION ? "01-NQ/CB" : "02/KH-UBND";
        return new DocumentFacts.Document(kind + "-" + issuedOn, kind, number, issuedOn, "Chi bộ", null);
    }

    static ChildStats children(int eligible, int registered, int recognised) {
        List<FactRef> notRegistered = new ArrayList<>();
        for (int i = registered; i < eligible; i++) {
            notRegistered.add(new FactRef("c" + i, "Đơn vị " + i, "/evaluation/cases/" + i));
        }
        List<FactRef> notRecognised = new ArrayList<>(notRegistered);
        for (int i = recognised; i < registered; i++) {
            notRecognised.add(new FactRef("r" + i, "Đơn vị " + i, "/evaluation/cases/" + i));
        }
        return new ChildStats(eligible, registered, recognised, 0, notRegistered, notRecognised);
    }

    static String d(LocalDate date) {
        return WebDates.format(date);
    }

    // ---------------------------------------------------------------------------------------------
    // The case table
    // ---------------------------------------------------------------------------------------------

    /** One row: a criterion, what it should decide for the facts, and what else the outcome must show. */
    record Case(String setCode, String code, String rule, Verdict expected, String label, Function<Ctx, UnitFacts> facts,
                Function<Ctx, Consumer<Outcome>> check) {

        @Override
        public String toString() {
            String word = switch (expected) {
                case MET -> "met";
                case NOT_MET -> "not met";
                case NOT_APPLICABLE -> "not applicable";
                case MISSING_DATA -> "decided by a person";
                case PENDING -> "pending";
            };
            return setCode + " " + code + " " + word + (label == null ? "" : " (" + label + ")");
        }
    }

    /** Builds the rows of one criterion; the rule kind is written down so a change of rule in the data is noticed. */
    static final class Rows {
        private final List<Case> out;
        private final String set;
        private final String code;
        private final String rule;

        Rows(List<Case> out, String set, String code, String rule) {
            this.out = out;
            this.set = set;
            this.code = code;
            this.rule = rule;
        }

        Rows met(String label, Function<Ctx, UnitFacts> facts) {
            return add(Verdict.MET, label, facts, ctx -> o -> { });
        }

        Rows met(String label, Function<Ctx, UnitFacts> facts, Function<Ctx, Consumer<Outcome>> check) {
            return add(Verdict.MET, label, facts, check);
        }

        Rows notMet(String label, Function<Ctx, UnitFacts> facts) {
            return add(Verdict.NOT_MET, label, facts, ctx -> o -> { });
        }

        Rows notMet(String label, Function<Ctx, UnitFacts> facts, Function<Ctx, Consumer<Outcome>> check) {
            return add(Verdict.NOT_MET, label, facts, check);
        }

        Rows notApplicable(String label, Function<Ctx, UnitFacts> facts) {
            return add(Verdict.NOT_APPLICABLE, label, facts, ctx -> o -> { });
        }

        /** No data source exists for the criterion: whatever the facts, a person decides it. */
        Rows decidedByAPerson() {
            add(Verdict.MISSING_DATA, "no data source, even with everything in order", Ctx::inOrder,
                    ctx -> o -> assertThat(o.explanation()).containsExactly(Explanation.of("eval.x.missingSource", "#eval.source.OTHER")));
            return this;
        }

        private Rows add(Verdict v, String label, Function<Ctx, UnitFacts> facts, Function<Ctx, Consumer<Outcome>> check) {
            out.add(new Case(set, code, rule, v, label, facts, check));
            return this;
        }
    }

    /** The explanation line {@code line} has these arguments. */
    static Function<Ctx, Consumer<Outcome>> line(int line, String key, Function<Ctx, List<String>> args) {
        return ctx -> o -> {
            assertThat(o.explanation()).hasSizeGreaterThan(line);
            assertThat(o.explanation().get(line).key()).isEqualTo(key);
            assertThat(o.explanation().get(line).args()).containsExactlyElementsOf(args.apply(ctx));
        };
    }

    static Function<Ctx, Consumer<Outcome>> line(int line, String key, String... args) {
        return line(line, key, ctx -> List.of(args));
    }

    static Function<Ctx, Consumer<Outcome>> refs(int count) {
        return ctx -> o -> assertThat(o.refs()).hasSize(count);
    }

    /** The combined rule names the failing part. */
    static Function<Ctx, Consumer<Outcome>> failingPart(String part) {
        return ctx -> o -> assertThat(o.explanation()).contains(Explanation.of("eval.x.part", "#eval.part." + part, "#eval.verdict.NOT_MET"));
    }

    @SafeVarargs
    static Function<Ctx, Consumer<Outcome>> all(Function<Ctx, Consumer<Outcome>>... checks) {
        return ctx -> o -> Arrays.stream(checks).forEach(c -> c.apply(ctx).accept(o));
    }

    /**
     * Criteria whose table has no failing (or no passing) case because the only such case the rule offers
     * contradicts the circular's words, with the reason. The guard accepts exactly these.
     */
    static final Map<String, String> NO_FAILING_CASE = Map.of();

    static List<Case> table() {
        List<Case> out = new ArrayList<>();
        residentialArea124(out);
        commune124(out);
        agency124(out);
        school124(out);
        residentialArea23(out);
        commune23(out);
        agency23(out);
        school23(out);
        return out;
    }

    static Rows rows(List<Case> out, String set, String code, String rule) {
        return new Rows(out, set, code, rule);
    }

    // -- shared shapes ------------------------------------------------------------------------------

    /** Q1 documents (and registration when the criterion includes it): issued on 31/03 meets, on 01/04 fails. */
    static void documentsByDeadline(List<Case> out, String set, String code, boolean registration, DocumentFacts.Kind... kinds) {
        Rows r = rows(out, set, code, "DOCS_BY_DEADLINE");
        int first = registration ? 1 : 0;
        r.met("issued on 31/03" + (registration ? ", registered on 15/03" : ""), ctx -> docsOn(ctx, ctx.deadline(), registration, kinds),
                all(line(first, "eval.x.docFound", ctx -> List.of("#eval.doc." + kinds[0], number(kinds[0]), d(ctx.deadline()))),
                        refs(kinds.length)));
        for (DocumentFacts.Kind late : kinds) {
            r.notMet(late + " issued on 01/04", ctx -> {
                List<DocumentFacts.Document> docs = new ArrayList<>();
                for (DocumentFacts.Kind k : kinds) {
                    docs.add(doc(k, k == late ? ctx.deadline().plusDays(1) : ctx.deadline().minusDays(40)));
                }
                UnitFacts f = ctx.unit().documents(docs);
                return registration ? f.registeredOn(ctx.deadline().minusDays(16)) : f;
            }, line(first + Arrays.asList(kinds).indexOf(late), "eval.x.docLate",
                    ctx -> List.of("#eval.doc." + late, number(late), d(ctx.deadline().plusDays(1)), d(ctx.deadline()))));
        }
        if (registration) {
            r.notMet("documents in time, registered on 01/04", ctx -> docsOn(ctx, ctx.deadline().minusDays(40), false, kinds)
                            .registeredOn(ctx.deadline().plusDays(1)),
                    line(0, "eval.x.registeredLate", ctx -> List.of(d(ctx.deadline().plusDays(1)), d(ctx.deadline()))));
        }
    }

    static UnitFacts docsOn(Ctx ctx, LocalDate date, boolean registration, DocumentFacts.Kind... kinds) {
        UnitFacts f = ctx.unit().documents(Arrays.stream(kinds).map(k -> doc(k, date)).toList());
        return registration ? f.registeredOn(ctx.deadline().minusDays(16)) : f;
    }

    static String number(DocumentFacts.Kind kind) {
        return doc(kind, LocalDate.of(2000, 1, 1)).number();
    }

    /** Registration to strive: on the deadline meets (31/03; Circular 23: the window's end), the day after or never fails. */
    static void registeredByDeadline(List<Case> out, String set, String code, boolean lateIsLate) {
        Rows r = rows(out, set, code, "REGISTERED_BY_DEADLINE")
                .met("registered on the deadline", ctx -> ctx.unit().registeredOn(ctx.deadline()),
                        line(0, "eval.x.registered", ctx -> List.of(d(ctx.deadline()), d(ctx.deadline()))))
                .notMet("not registered", Ctx::unit, line(0, "eval.x.notRegistered", ctx -> List.of(d(ctx.deadline()))));
        if (lateIsLate) {
            r.notMet("registered the day after the deadline", ctx -> ctx.unit().registeredOn(ctx.deadline().plusDays(1)),
                    line(0, "eval.x.registeredLate", ctx -> List.of(d(ctx.deadline().plusDays(1)), d(ctx.deadline()))));
        }
    }

    /** Every household (registered / signed): 120 of 120 meets, 119 of 120 fails. */
    static void households(List<Case> out, String set, String code, String word) {
        rows(out, set, code, "HOUSEHOLD_COVERAGE")
                .met("120 of 120 households", ctx -> ctx.unit().coverage(true, new CoverageFacts.Coverage(120, 120, List.of())),
                        all(line(0, "eval.x.coverage", "120", "120", word, "100", "100"), ctx -> o -> assertThat(o.explanation()).hasSize(1)))
                .notMet("119 of 120 households, one missing", ctx -> ctx.unit().coverage(true, new CoverageFacts.Coverage(120, 119,
                                List.of(new FactRef("7", "Hộ Nguyễn Văn An", "/households/7")))),
                        all(line(0, "eval.x.coverage", "119", "120", word, "99", "100"), line(1, "eval.x.coverageMissing", "1", word),
                                ctx -> o -> assertThat(o.refs()).extracting(FactRef::label).containsExactly("Hộ Nguyễn Văn An")));
    }

    /**
     * "No such activity": none, other kinds only or one just after the window meet; one of each named kind
     * inside the window fails. {@code othersAllowed}: the other kinds of event belong to other criteria.
     */
    static void noEvents(List<Case> out, String set, String code, boolean othersAllowed, SecurityEvent... named) {
        Set<SecurityEvent> namedSet = EnumSet.copyOf(Arrays.asList(named));
        Rows r = rows(out, set, code, "ZERO_RECORDS")
                .met("no event", Ctx::quiet, line(0, "eval.x.zero", ctx -> List.of(d(ctx.windowStart()), d(ctx.windowEnd()))))
                .met(named[0] + " the day after the window closes", ctx -> ctx.incidents(event(ctx.windowEnd().plusDays(1), named[0])))
                .met(named[0] + " the day before the window opens", ctx -> ctx.incidents(event(ctx.windowStart().minusDays(1), named[0])));
        if (othersAllowed) {
            r.met("other kinds of event only", ctx -> ctx.incidents(EnumSet.complementOf(EnumSet.copyOf(namedSet)).stream()
                    .map(e -> event(ctx.mid(), e)).toArray(Incident[]::new)));
        }
        for (SecurityEvent e : named) {
            r.notMet("one " + e + " event", ctx -> ctx.incidents(event(ctx.mid(), e)),
                    all(line(0, "eval.x.records", ctx -> List.of("1", d(ctx.windowStart()), d(ctx.windowEnd()))), refs(1)));
        }
        r.notMet(named[0] + " on the last day of the window", ctx -> ctx.incidents(event(ctx.windowEnd(), named[0])));
    }

    /** "No new ...": none or other records only meet; one record of each named category in the window fails. */
    static void noRecords(List<Case> out, String set, String code, Category... named) {
        Set<Category> namedSet = EnumSet.copyOf(Arrays.asList(named));
        Rows r = rows(out, set, code, "ZERO_RECORDS")
                .met("none", Ctx::quiet, line(0, "eval.x.zero", ctx -> List.of(d(ctx.windowStart()), d(ctx.windowEnd()))))
                .met("records of other kinds only", ctx -> ctx.incidents(EnumSet.complementOf(EnumSet.copyOf(namedSet)).stream()
                        .filter(c -> c != Category.SECURITY_EVENT).map(c -> record(ctx.mid(), c)).toArray(Incident[]::new)))
                .met(named[0] + " the day after the window closes", ctx -> ctx.incidents(record(ctx.windowEnd().plusDays(1), named[0])));
        for (Category c : named) {
            r.notMet("one " + c, ctx -> ctx.incidents(record(ctx.mid(), c)),
                    all(line(0, "eval.x.records", ctx -> List.of("1", d(ctx.windowStart()), d(ctx.windowEnd()))), refs(1)));
        }
    }

    /** Crime, social evils and other violations curbed and reduced versus the previous year (cases counted). */
    static void yearOnYear(List<Case> out, String set, String code) {
        rows(out, set, code, "YEAR_ON_YEAR")
                .met("2 cases this window, 3 the previous one", ctx -> ctx.incidents(
                                List.of(crime(ctx.mid(), CrimeClass.LESS_SERIOUS), record(ctx.mid(), Category.SOCIAL_EVIL)),
                                List.of(crime(ctx.prevMid(), CrimeClass.LESS_SERIOUS), record(ctx.prevMid(), Category.SOCIAL_EVIL),
                                        record(ctx.prevMid(), Category.OTHER_VIOLATION))),
                        line(0, "eval.x.yoy", ctx -> List.of("2", d(ctx.windowStart()), d(ctx.windowEnd()), "3", "#eval.comparator.NOT_HIGHER")))
                .met("none this window, one the previous one", ctx -> ctx.incidents(List.of(),
                        List.of(record(ctx.prevMid(), Category.OTHER_VIOLATION))))
                .met("security events, new spots and fires are not counted", ctx -> ctx.incidents(
                        List.of(crime(ctx.mid(), CrimeClass.LESS_SERIOUS), event(ctx.mid(), SecurityEvent.COMPLEX_DISPUTE),
                                record(ctx.mid(), Category.NEW_COMPLEX_SPOT), serious(ctx.mid(), Category.FIRE_EXPLOSION)),
                        List.of(crime(ctx.prevMid(), CrimeClass.LESS_SERIOUS), crime(ctx.prevMid(), CrimeClass.LESS_SERIOUS))))
                .notMet("3 cases this window, 2 the previous one", ctx -> ctx.incidents(
                                List.of(crime(ctx.mid(), CrimeClass.LESS_SERIOUS), record(ctx.mid(), Category.SOCIAL_EVIL),
                                        record(ctx.mid(), Category.OTHER_VIOLATION)),
                                List.of(crime(ctx.prevMid(), CrimeClass.LESS_SERIOUS), record(ctx.prevMid(), Category.SOCIAL_EVIL))),
                        all(line(0, "eval.x.yoy", ctx -> List.of("3", d(ctx.windowStart()), d(ctx.windowEnd()), "2", "#eval.comparator.NOT_HIGHER")),
                                refs(3)))
                .notMet("one other violation this window, none the previous one", ctx -> ctx.incidents(
                        List.of(record(ctx.mid(), Category.OTHER_VIOLATION)), List.of()))
                .notMet("last year's figure is its own window only", ctx -> ctx.incidents(
                        List.of(crime(ctx.mid(), CrimeClass.LESS_SERIOUS)),
                        List.of(crime(ctx.set().windowStart(ctx.year() - 1).minusDays(1), CrimeClass.LESS_SERIOUS))));
    }

    /** No crime of class serious or above; {@code promptEscape}: Circular 124's "detected promptly ... still met". */
    static void seriousCrime(List<Case> out, String set, String code, boolean promptEscape) {
        Rows r = rows(out, set, code, "SERIOUS_CRIME")
                .met("no crime", Ctx::quiet, line(0, "eval.x.seriousNone", ctx -> List.of(d(ctx.windowStart()), d(ctx.windowEnd()))))
                .met("one less serious (ít nghiêm trọng) crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.LESS_SERIOUS)), refs(0))
                .met("a serious crime the day after the window closes", ctx -> ctx.incidents(crime(ctx.windowEnd().plusDays(1), CrimeClass.SERIOUS)))
                .notMet("one serious (nghiêm trọng) crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS)),
                        all(line(0, "eval.x.serious", "1"), refs(1)))
                .notMet("one very serious crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.VERY_SERIOUS)))
                .notMet("one especially serious crime on the first day of the window",
                        ctx -> ctx.incidents(crime(ctx.windowStart(), CrimeClass.ESPECIALLY_SERIOUS)));
        if (promptEscape) {
            r.met("serious crime due to force majeure", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS, true, false)),
                            all(line(1, "eval.x.excused", "1"), refs(1)))
                    .met("very serious crime detected promptly, mitigated and reported at once",
                            ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.VERY_SERIOUS, false, true)), line(1, "eval.x.excused", "1"))
                    .notMet("two serious crimes, one of them handled promptly", ctx -> ctx.incidents(
                                    crime(ctx.mid(), CrimeClass.SERIOUS, false, true), crime(ctx.mid(), CrimeClass.SERIOUS)),
                            all(line(0, "eval.x.serious", "1"), line(1, "eval.x.excused", "1"), refs(2)));
        } else {
            // Circular 23 knows neither the prompt-handling escape nor the force-majeure exception.
            r.notMet("serious crime detected promptly (no such escape in Circular 23)",
                    ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS, false, true)), line(0, "eval.x.serious", "1"))
                    .notMet("serious crime due to force majeure (no such exception in Circular 23)",
                            ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS, true, false)), line(0, "eval.x.serious", "1"));
        }
    }

    /** No serious fire/explosion, fatal labour accident... of the named categories; {@code unlisted} are not counted. */
    static void seriousAccidents(List<Case> out, String set, String code, boolean forceMajeureExcepted, List<Category> unlisted,
                                 Category... named) {
        Rows r = rows(out, set, code, "SERIOUS_ACCIDENTS")
                .met("none", Ctx::quiet, line(0, "eval.x.accidentsNone", ctx -> List.of(d(ctx.windowStart()), d(ctx.windowEnd()))))
                .met("not classed serious (e.g. a level-2 fire)", ctx -> ctx.incidents(Arrays.stream(named)
                        .map(c -> record(ctx.mid(), c)).toArray(Incident[]::new)), refs(0));
        for (Category c : unlisted) {
            r.met("serious " + c + " is not named by the circular", ctx -> ctx.incidents(serious(ctx.mid(), c)));
        }
        if (forceMajeureExcepted) {
            r.met("serious " + named[0] + " due to force majeure", ctx -> ctx.incidents(seriousForceMajeure(ctx.mid(), named[0])),
                    all(line(1, "eval.x.forceMajeure", "1"), refs(1)));
        } else {
            r.notMet("serious " + named[0] + " due to force majeure (no such exception in the words)",
                    ctx -> ctx.incidents(seriousForceMajeure(ctx.mid(), named[0])), line(0, "eval.x.accidents", "1"));
        }
        for (Category c : named) {
            r.notMet("serious " + c, ctx -> ctx.incidents(serious(ctx.mid(), c)), all(line(0, "eval.x.accidents", "1"), refs(1)));
        }
    }

    /** The force's rating at least {@code min}, nobody disciplined. */
    static void forceRating(List<Case> out, String set, String code, Rating min, boolean disciplineInWords) {
        Rows r = rows(out, set, code, "FORCE_RATING");
        for (Rating rating : Rating.values()) {
            SecurityForceFacts.ForceRating value = new SecurityForceFacts.ForceRating(rating, 0, new FactRef("f1", "Tổ bảo vệ", "/force/1"));
            Function<Ctx, Consumer<Outcome>> check = all(line(0, "eval.x.force", "#eval.rating." + rating, "0", "#eval.rating." + min), refs(1));
            if (rating.compareTo(min) >= 0) {
                r.met("rated " + rating, ctx -> ctx.unit().force(true, value), check);
            } else {
                r.notMet("rated " + rating, ctx -> ctx.unit().force(true, value), check);
            }
        }
        if (disciplineInWords) {
            r.notMet("rated " + min + ", one member disciplined", ctx -> ctx.unit().force(true, new SecurityForceFacts.ForceRating(min, 1, null)),
                    line(0, "eval.x.force", "#eval.rating." + min, "1", "#eval.rating." + min));
        }
    }

    /** At least one effective movement model. */
    static void models(List<Case> out, String set, String code) {
        rows(out, set, code, "MODELS")
                .met("one effective model of two", ctx -> ctx.unit().models(List.of(
                                new ModelFacts.Model("m1", "Camera an ninh", true, "/honours/models/1"),
                                new ModelFacts.Model("m2", "Tổ tự quản", false, "/honours/models/2"))),
                        all(line(0, "eval.x.models", "1", "2", "1"), refs(2)))
                .notMet("one model, not working effectively", ctx -> ctx.unit().models(List.of(
                                new ModelFacts.Model("m2", "Tổ tự quản", false, "/honours/models/2"))),
                        line(0, "eval.x.models", "0", "1", "1"))
                .notMet("no model", ctx -> ctx.unit().models(List.of()), line(0, "eval.x.models", "0", "0", "1"));
    }

    /** 100% of staff briefed (Circular 124) or committed (Circular 23). */
    static void staff(List<Case> out, String set, String code, boolean committed) {
        String word = committed ? "#eval.word.committed" : "#eval.word.briefed";
        rows(out, set, code, "STAFF_RATE")
                .met("30 of 30 " + (committed ? "signed" : "briefed"), ctx -> ctx.unit().staff(true, new StaffFacts.Staff(30, 30, 30), null),
                        line(0, "eval.x.staff", "30", "30", word, "100", "100"))
                .notMet("29 of 30 " + (committed ? "signed (all briefed)" : "briefed (all signed)"),
                        ctx -> ctx.unit().staff(true, committed ? new StaffFacts.Staff(30, 30, 29) : new StaffFacts.Staff(30, 29, 30), null),
                        line(0, "eval.x.staff", "29", "30", word, "96", "100"));
    }

    /** At least 70% of sub-units with the titles (rounded up), nobody disciplined; no sub-units: not applicable. */
    static void subunits(List<Case> out, String set, String code) {
        Function<StaffFacts.Subunits, Function<Ctx, UnitFacts>> with = s -> ctx -> ctx.unit().staff(true, null, s);
        rows(out, set, code, "SUBUNIT_RATE")
                .met("7 of 10 sub-units", with.apply(new StaffFacts.Subunits(10, 7, 0)), line(0, "eval.x.subunits", "7", "10", "7", "70", "0"))
                .met("8 of 11 sub-units (70% of 11 rounded up)", with.apply(new StaffFacts.Subunits(11, 8, 0)))
                .notMet("6 of 10 sub-units", with.apply(new StaffFacts.Subunits(10, 6, 0)), line(0, "eval.x.subunits", "6", "10", "7", "70", "0"))
                .notMet("7 of 11 sub-units", with.apply(new StaffFacts.Subunits(11, 7, 0)), line(0, "eval.x.subunits", "7", "11", "8", "70", "0"))
                .notMet("10 of 10 sub-units, one individual disciplined", with.apply(new StaffFacts.Subunits(10, 10, 1)),
                        line(0, "eval.x.subunits", "10", "10", "7", "70", "1"))
                .notApplicable("no sub-units", with.apply(new StaffFacts.Subunits(0, 0, 0)))
                .notApplicable("no sub-units recorded", with.apply(null));
    }

    // -- Circular 124/2021 ----------------------------------------------------------------------------

    static void residentialArea124(List<Case> out) {
        String s = "TT124:RESIDENTIAL_AREA";
        documentsByDeadline(out, s, "KDC-1a", false, DocumentFacts.Kind.RESOLUTION);
        registeredByDeadline(out, s, "KDC-1b", true);
        households(out, s, "KDC-1c", "#eval.word.registered");
        noEvents(out, s, "KDC-3a", true, SecurityEvent.ANTI_STATE);
        noEvents(out, s, "KDC-3b", true, SecurityEvent.SABOTAGE);
        noEvents(out, s, "KDC-3c", true, SecurityEvent.UNLAWFUL_RELIGION);
        noEvents(out, s, "KDC-3d", true, SecurityEvent.EXPLOITATION);
        noEvents(out, s, "KDC-3đ", true, SecurityEvent.SEPARATISM);
        noEvents(out, s, "KDC-3e", true, SecurityEvent.COMPLEX_DISPUTE);
        noEvents(out, s, "KDC-3g", true, SecurityEvent.INCITEMENT);
        yearOnYear(out, s, "KDC-4a");
        seriousCrime(out, s, "KDC-4b", true);
        noRecords(out, s, "KDC-4c-1", Category.NEW_COMPLEX_SPOT);
        noRecords(out, s, "KDC-4c-2", Category.NEW_SOCIAL_EVIL_PERSON);
        seriousAccidents(out, s, "KDC-4d", true, List.of(Category.TRAFFIC_ACCIDENT),
                Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT, Category.SERIOUS_INCIDENT);
        forceRating(out, s, "KDC-5", Rating.COMPLETED, true);
    }

    static void commune124(List<Case> out) {
        String s = "TT124:COMMUNE";
        documentsByDeadline(out, s, "XA-1a", true, DocumentFacts.Kind.RESOLUTION, DocumentFacts.Kind.PLAN);
        models(out, s, "XA-1b");
        communeTerritory(out, s, "XA-2", true, List.of(SecurityEvent.ANTI_STATE, SecurityEvent.SABOTAGE, SecurityEvent.UNLAWFUL_RELIGION,
                        SecurityEvent.EXPLOITATION, SecurityEvent.SEPARATISM, SecurityEvent.COMPLEX_DISPUTE, SecurityEvent.INCITEMENT),
                List.of(Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT, Category.SERIOUS_INCIDENT));
        Function<ChildStats, Function<Ctx, UnitFacts>> kids = all -> ctx -> ctx.unit().children(all, children(10, 10, 10));
        rows(out, s, "XA-4a", "REGISTRATION_RATE")
                .met("20 of 20 units registered", kids.apply(children(20, 20, 0)), line(0, "eval.x.registrationRate", "20", "20", "100"))
                .notMet("19 of 20 units registered (every residential area registered, one school not)", kids.apply(children(20, 19, 0)),
                        all(line(0, "eval.x.registrationRate", "19", "20", "100"), refs(1)));
        rows(out, s, "XA-4b", "RECOGNITION_RATE")
                .met("18 of 25 units recognised", kids.apply(children(25, 25, 18)), line(0, "eval.x.recognitionRate", "18", "25", "18", "70"))
                .notMet("17 of 25 units recognised (every residential area recognised)", kids.apply(children(25, 25, 17)),
                        all(line(0, "eval.x.recognitionRate", "17", "25", "18", "70"), refs(8)))
                .notMet("16 of 25 units recognised", kids.apply(children(25, 25, 16)));
    }

    /**
     * XA-2: the residential-area tests of clauses 2–4 over the whole commune, in the commune's window. The
     * previous window holds two crimes so that one new crime does not also fail the year-on-year part.
     */
    static void communeTerritory(List<Case> out, String s, String code, boolean promptEscape, List<SecurityEvent> events,
                                 List<Category> accidents) {
        Function<Ctx, List<Incident>> before = ctx -> List.of(crime(ctx.prevMid(), CrimeClass.LESS_SERIOUS), crime(ctx.prevMid(), CrimeClass.LESS_SERIOUS));
        Rows r = rows(out, s, code, "COMBINED")
                .met("one less serious crime, a level-2 fire, two crimes last year", ctx -> ctx.incidents(
                                List.of(crime(ctx.mid(), CrimeClass.LESS_SERIOUS), record(ctx.mid(), Category.FIRE_EXPLOSION)), before.apply(ctx)),
                        ctx -> o -> assertThat(o.explanation()).filteredOn(e -> e.key().equals("eval.x.part"))
                                .extracting(e -> e.args().get(1)).hasSize(5).containsOnly("#eval.verdict.MET"))
                .met("an event on the day after the commune window closes", ctx -> ctx.incidents(
                        List.of(event(ctx.windowEnd().plusDays(1), events.get(0))), before.apply(ctx)))
                .notMet("crime up on last year", ctx -> ctx.incidents(List.of(crime(ctx.mid(), CrimeClass.LESS_SERIOUS),
                                crime(ctx.mid(), CrimeClass.LESS_SERIOUS), crime(ctx.mid(), CrimeClass.LESS_SERIOUS)), before.apply(ctx)),
                        failingPart("YEAR_ON_YEAR"))
                .notMet("one serious crime", ctx -> ctx.incidents(List.of(crime(ctx.mid(), CrimeClass.SERIOUS)), before.apply(ctx)),
                        failingPart("SERIOUS_CRIME"))
                .notMet("a new complex spot", ctx -> ctx.incidents(List.of(record(ctx.mid(), Category.NEW_COMPLEX_SPOT)), before.apply(ctx)),
                        failingPart("NEW"))
                .notMet("a new person with a social evil", ctx -> ctx.incidents(List.of(record(ctx.mid(), Category.NEW_SOCIAL_EVIL_PERSON)),
                        before.apply(ctx)), failingPart("NEW"));
        if (promptEscape) {
            r.met("serious crime detected promptly, mitigated and reported at once",
                    ctx -> ctx.incidents(List.of(crime(ctx.mid(), CrimeClass.SERIOUS, false, true)), before.apply(ctx)));
        } else {
            r.notMet("serious crime detected promptly (no such escape in Circular 23)",
                    ctx -> ctx.incidents(List.of(crime(ctx.mid(), CrimeClass.SERIOUS, false, true)), before.apply(ctx)),
                    failingPart("SERIOUS_CRIME"));
        }
        for (SecurityEvent e : events) {
            r.notMet("one " + e + " event", ctx -> ctx.incidents(List.of(event(ctx.mid(), e)), before.apply(ctx)), failingPart("EVENTS"));
        }
        for (Category c : accidents) {
            r.notMet("serious " + c, ctx -> ctx.incidents(List.of(serious(ctx.mid(), c)), before.apply(ctx)), failingPart("SERIOUS_ACCIDENTS"));
        }
    }

    static void agency124(List<Case> out) {
        String s = "TT124:AGENCY_ENTERPRISE";
        documentsByDeadline(out, s, "CQ-1a", false, DocumentFacts.Kind.RESOLUTION);
        documentsByDeadline(out, s, "CQ-1b", true, DocumentFacts.Kind.PLAN);
        rows(out, s, "CQ-1c", "NO_SOURCE").decidedByAPerson();
        staff(out, s, "CQ-1d", false);
        models(out, s, "CQ-1e");
        noEvents(out, s, "CQ-3a", true, SecurityEvent.UNLAWFUL_RELIGION);
        noEvents(out, s, "CQ-3b", true, SecurityEvent.EXPLOITATION);
        noEvents(out, s, "CQ-3c", true, SecurityEvent.INCITEMENT);
        noEvents(out, s, "CQ-3d", true, SecurityEvent.STRIKE);
        seriousCrime(out, s, "CQ-3đ", true);
        seriousAccidents(out, s, "CQ-3g", true, List.of(Category.TRAFFIC_ACCIDENT),
                Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT, Category.SERIOUS_INCIDENT, Category.ENVIRONMENT_FOOD);
        rows(out, s, "CQ-3h", "NO_SOURCE").decidedByAPerson();
        forceRating(out, s, "CQ-4", Rating.GOOD, true);
        subunits(out, s, "CQ-5");
    }

    static void school124(List<Case> out) {
        String s = "TT124:SCHOOL";
        documentsByDeadline(out, s, "GD-1a", false, DocumentFacts.Kind.RESOLUTION);
        documentsByDeadline(out, s, "GD-1b", true, DocumentFacts.Kind.PLAN);
        rows(out, s, "GD-1c", "NO_SOURCE").decidedByAPerson();
        staff(out, s, "GD-1d", false);
        models(out, s, "GD-1e");
        // GD-3: the events of Art. 6.3 a, b, c, đ, e, g — not d (strikes) nor h.
        Rows gd3 = rows(out, s, "GD-3", "COMBINED")
                .met("nothing in the window", Ctx::quiet)
                .met("an illegal strike (Art. 6.3 d is not referred to)", ctx -> ctx.incidents(event(ctx.mid(), SecurityEvent.STRIKE)))
                .met("one less serious crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.LESS_SERIOUS)))
                .met("serious crime detected promptly, mitigated and reported at once",
                        ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS, false, true)))
                .met("serious fire due to force majeure", ctx -> ctx.incidents(seriousForceMajeure(ctx.mid(), Category.FIRE_EXPLOSION)))
                .notMet("one serious crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS)), failingPart("SERIOUS_CRIME"));
        for (SecurityEvent e : List.of(SecurityEvent.UNLAWFUL_RELIGION, SecurityEvent.EXPLOITATION, SecurityEvent.INCITEMENT,
                SecurityEvent.STATE_SECRET)) {
            gd3.notMet("one " + e + " event", ctx -> ctx.incidents(event(ctx.mid(), e)), failingPart("EVENTS"));
        }
        for (Category c : List.of(Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT, Category.SERIOUS_INCIDENT, Category.ENVIRONMENT_FOOD)) {
            gd3.notMet("serious " + c, ctx -> ctx.incidents(serious(ctx.mid(), c)), failingPart("SERIOUS_ACCIDENTS"));
        }
        rows(out, s, "GD-4", "ZERO_RECORDS")
                .met("no school violence", Ctx::quiet)
                .met("school violence the day after the window closes", ctx -> ctx.incidents(record(ctx.windowEnd().plusDays(1), Category.SCHOOL_VIOLENCE)))
                .notMet("one school-violence incident, even not classed serious", ctx -> ctx.incidents(record(ctx.mid(), Category.SCHOOL_VIOLENCE)),
                        all(line(0, "eval.x.records", ctx -> List.of("1", d(ctx.windowStart()), d(ctx.windowEnd()))), refs(1)));
        forceRating(out, s, "GD-5", Rating.GOOD, true);
        subunits(out, s, "GD-6");
    }

    // -- Circular 23/2012 (wording of clauses 2–5 unconfirmed, spec §9.1) ---------------------------------

    static void residentialArea23(List<Case> out) {
        String s = "TT23:RESIDENTIAL_AREA";
        // "Hằng năm" (each year): due within the year's window, not by the end of the first quarter as in Circular 124.
        rows(out, s, "KDC-1a", "DOCS_BY_DEADLINE")
                .met("resolution issued on the window's last day", ctx -> docsOn(ctx, ctx.deadline(), false, DocumentFacts.Kind.RESOLUTION),
                        line(0, "eval.x.docFound", ctx -> List.of("#eval.doc.RESOLUTION", "01-NQ/CB", d(ctx.deadline()))))
                .met("resolution issued on 15/04 (after the first quarter)",
                        ctx -> docsOn(ctx, LocalDate.of(ctx.year(), 4, 15), false, DocumentFacts.Kind.RESOLUTION))
                .notMet("resolution issued after the window closed", ctx -> docsOn(ctx, ctx.deadline().plusDays(1), false, DocumentFacts.Kind.RESOLUTION),
                        line(0, "eval.x.docLate", ctx -> List.of("#eval.doc.RESOLUTION", "01-NQ/CB", d(ctx.deadline().plusDays(1)), d(ctx.deadline()))));
        registeredByDeadline(out, s, "KDC-1b", true);
        households(out, s, "KDC-1c", "#eval.word.committed");
        noEvents(out, s, "KDC-3", false, SecurityEvent.ANTI_STATE, SecurityEvent.COMPLEX_DISPUTE, SecurityEvent.MASS_COMPLAINT);
        yearOnYear(out, s, "KDC-4a");
        seriousCrime(out, s, "KDC-4b", false);
        noRecords(out, s, "KDC-4c", Category.NEW_COMPLEX_SPOT, Category.NEW_SOCIAL_EVIL_PERSON);
        // Force majeure is not asserted: the words of Circular 23 do not except it (see the report).
        seriousAccidents(out, s, "KDC-4d", false, List.of(Category.SERIOUS_INCIDENT),
                Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT, Category.TRAFFIC_ACCIDENT);
        // The words ask only that the force complete its tasks: the discipline case is not asserted.
        forceRating(out, s, "KDC-5", Rating.COMPLETED, false);
    }

    /** Circular 23 "each year": documents and registration within the year's window meet; not registered or after it fails. */
    static void documentsEachYear(List<Case> out, String set, String code, DocumentFacts.Kind... kinds) {
        rows(out, set, code, "DOCS_BY_DEADLINE")
                .met("documents issued on 15/04, registered in time", ctx -> docsOn(ctx, LocalDate.of(ctx.year(), 4, 15), true, kinds))
                .notMet("documents issued after the window closed", ctx -> docsOn(ctx, ctx.deadline().plusDays(1), true, kinds))
                .met("documents issued on the window's last day, registered 16 days before", ctx -> docsOn(ctx, ctx.deadline(), true, kinds),
                        all(line(0, "eval.x.registered", ctx -> List.of(d(ctx.deadline().minusDays(16)), d(ctx.deadline()))), refs(kinds.length)))
                .notMet("documents in time, not registered", ctx -> docsOn(ctx, ctx.deadline().minusDays(40), false, kinds),
                        line(0, "eval.x.notRegistered", ctx -> List.of(d(ctx.deadline()))));
    }

    static void commune23(List<Case> out) {
        String s = "TT23:COMMUNE";
        documentsEachYear(out, s, "XA-1", DocumentFacts.Kind.RESOLUTION, DocumentFacts.Kind.PLAN);
        communeTerritory(out, s, "XA-2", false, List.of(SecurityEvent.ANTI_STATE, SecurityEvent.COMPLEX_DISPUTE, SecurityEvent.MASS_COMPLAINT),
                List.of(Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT, Category.TRAFFIC_ACCIDENT));
        // Circular 23 counts residential areas only; agencies, enterprises and schools are left out.
        rows(out, s, "XA-4", "RECOGNITION_RATE")
                .met("7 of 10 residential areas (12 of 30 units overall)", ctx -> ctx.unit().children(children(30, 30, 12), children(10, 10, 7)),
                        line(0, "eval.x.recognitionRate", "7", "10", "7", "70"))
                .met("18 of 25 residential areas", ctx -> ctx.unit().children(children(25, 25, 18), children(25, 25, 18)))
                .notMet("16 of 25 residential areas (64%, the worked example)", ctx -> ctx.unit().children(children(25, 25, 16), children(25, 25, 16)),
                        line(0, "eval.x.recognitionRate", "16", "25", "18", "70"))
                .notMet("6 of 10 residential areas (18 of 22 units overall)", ctx -> ctx.unit().children(children(22, 22, 18), children(10, 10, 6)),
                        line(0, "eval.x.recognitionRate", "6", "10", "7", "70"));
    }

    static void agency23(List<Case> out) {
        String s = "TT23:AGENCY_ENTERPRISE";
        documentsEachYear(out, s, "CQ-1", DocumentFacts.Kind.PLAN);
        staff(out, s, "CQ-3", true);
        Rows cq4 = rows(out, s, "CQ-4", "COMBINED")
                .met("nothing in the window", Ctx::quiet)
                .met("one less serious crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.LESS_SERIOUS)))
                .notMet("one serious crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS)), failingPart("SERIOUS_CRIME"))
                .notMet("serious crime detected promptly (no such escape in Circular 23)",
                        ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS, false, true)), failingPart("SERIOUS_CRIME"));
        for (SecurityEvent e : List.of(SecurityEvent.STRIKE, SecurityEvent.MASS_COMPLAINT, SecurityEvent.STATE_SECRET)) {
            cq4.notMet("one " + e + " event", ctx -> ctx.incidents(event(ctx.mid(), e)), failingPart("EVENTS"));
        }
        for (Category c : List.of(Category.FIRE_EXPLOSION, Category.LABOUR_ACCIDENT)) {
            cq4.notMet("serious " + c, ctx -> ctx.incidents(serious(ctx.mid(), c)), failingPart("SERIOUS_ACCIDENTS"));
        }
    }

    static void school23(List<Case> out) {
        String s = "TT23:SCHOOL";
        documentsEachYear(out, s, "GD-1", DocumentFacts.Kind.RESOLUTION, DocumentFacts.Kind.PLAN);
        staff(out, s, "GD-3", true);
        // Only the cases on which every reading of "Không để xảy ra tội phạm, bạo lực học đường, cháy, nổ nghiêm trọng" agrees.
        rows(out, s, "GD-5", "COMBINED")
                .met("nothing in the window", Ctx::quiet)
                .notMet("one serious crime", ctx -> ctx.incidents(crime(ctx.mid(), CrimeClass.SERIOUS)), failingPart("SERIOUS_CRIME"))
                .notMet("serious school violence", ctx -> ctx.incidents(serious(ctx.mid(), Category.SCHOOL_VIOLENCE)), failingPart("SERIOUS_ACCIDENTS"))
                .notMet("serious fire", ctx -> ctx.incidents(serious(ctx.mid(), Category.FIRE_EXPLOSION)), failingPart("SERIOUS_ACCIDENTS"));
    }

    // ---------------------------------------------------------------------------------------------
    // The tests
    // ---------------------------------------------------------------------------------------------

    static Stream<Case> cases() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCase(Case c) {
        Criterion criterion = SHIPPED.criterion(c.setCode(), c.code());
        assertThat(criterion).as("%s %s is in the table but not in the shipped criteria", c.setCode(), c.code()).isNotNull();
        assertThat(criterion.mode()).as("mode of %s %s", c.setCode(), c.code()).isNotEqualTo(Mode.HUMAN);
        assertThat(criterion.rule()).as("rule of %s %s changed in the data: review its cases", c.setCode(), c.code()).isEqualTo(c.rule());
        Ctx ctx = Ctx.of(SHIPPED.sets().get(c.setCode()));
        assertThat(ctx.set().appliesTo(ctx.year())).isTrue();

        Outcome o = CriterionRules.evaluate(criterion, c.facts().apply(ctx));

        assertThat(o.criterionCode()).isEqualTo(c.code());
        assertThat(o.verdict()).as("%s: %s", c, o.explanation()).isEqualTo(c.expected());
        assertThat(o.explanation()).as("explanation of %s", c).isNotEmpty();
        assertExplainable(o);
        c.check().apply(ctx).accept(o);
    }

    /** Every explanation line, and every argument naming a message, resolves in both languages. */
    private static void assertExplainable(Outcome o) {
        for (Explanation e : o.explanation()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(e.key());
            e.args().stream().filter(a -> a.startsWith("#")).map(a -> a.substring(1)).forEach(keys::add);
            for (String key : keys) {
                assertThat(MESSAGES_VI.getProperty(key)).as("Vietnamese message %s", key).isNotBlank();
                assertThat(MESSAGES_EN.getProperty(key)).as("English message %s", key).isNotBlank();
            }
        }
    }

    private static final Properties MESSAGES_VI = messages("i18n/evaluation.properties");
    private static final Properties MESSAGES_EN = messages("i18n/evaluation_en.properties");

    private static Properties messages(String path) {
        try (InputStream in = EveryCriterionTest.class.getClassLoader().getResourceAsStream(path)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theShippedDataIsLoaded() {
        assertThat(SHIPPED.sets().keySet()).contains("TT23:RESIDENTIAL_AREA", "TT23:COMMUNE", "TT23:AGENCY_ENTERPRISE", "TT23:SCHOOL",
                "TT124:RESIDENTIAL_AREA", "TT124:COMMUNE", "TT124:AGENCY_ENTERPRISE", "TT124:SCHOOL");
        assertThat(SHIPPED.criteria()).allSatisfy(c -> assertThat(SHIPPED.sets()).containsKey(c.setCode()));
        assertThat(SHIPPED.criteria()).filteredOn(c -> c.mode() == Mode.HUMAN).allSatisfy(c -> assertThat(c.rule()).as(c.code()).isEqualTo("HUMAN"));
        assertThat(SHIPPED.decidedByData()).allSatisfy(c -> assertThat(c.rule()).as(c.code()).isNotEqualTo("HUMAN"));
    }

    /** A criterion decided from data cannot be shipped without a passing and a failing case here. */
    @Test
    void everyCriterionDecidedByDataHasItsCases() {
        List<Case> table = table();
        Set<String> missing = new TreeSet<>();
        for (Criterion c : SHIPPED.decidedByData()) {
            String id = c.setCode() + " " + c.code() + (c.provinceCode() == null ? "" : " (" + c.provinceCode() + ")");
            List<Case> mine = table.stream().filter(k -> k.setCode().equals(c.setCode()) && k.code().equals(c.code())
                    && c.provinceCode() == null).toList();
            Set<Verdict> verdicts = mine.stream().map(Case::expected).collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
            if ("NO_SOURCE".equals(c.rule())) {
                if (!verdicts.contains(Verdict.MISSING_DATA)) {
                    missing.add(id + ": no case showing it is decided by a person");
                }
                continue;
            }
            if (!verdicts.contains(Verdict.MET)) {
                missing.add(id + ": no passing case");
            }
            if (!verdicts.contains(Verdict.NOT_MET) && !NO_FAILING_CASE.containsKey(id)) {
                missing.add(id + ": no failing case");
            }
        }
        if (!missing.isEmpty()) {
            fail("Criteria without cases in EveryCriterionTest:\n  " + String.join("\n  ", missing));
        }
        Set<String> stale = new TreeSet<>();
        for (String id : NO_FAILING_CASE.keySet()) {
            String[] p = id.split(" ", 2);
            if (SHIPPED.criterion(p[0], p[1]) == null || table.stream().anyMatch(k -> (k.setCode() + " " + k.code()).equals(id)
                    && k.expected() == Verdict.NOT_MET)) {
                stale.add(id);
            }
        }
        assertThat(stale).as("entries of NO_FAILING_CASE that no longer apply").isEmpty();
        Set<String> unknown = table.stream().filter(k -> SHIPPED.criterion(k.setCode(), k.code()) == null)
                .map(k -> k.setCode() + " " + k.code()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown).as("cases for criteria that are not shipped").isEmpty();
    }

    static Stream<CriteriaSet> sets() {
        return SHIPPED.sets().values().stream();
    }

    /**
     * Human criteria: the rule leaves them PENDING ("assessed by the competent people") whatever the data;
     * the engine keeps them PENDING — and the unit's overall verdict open — until a person answers, and then
     * takes the answer.
     */
    @ParameterizedTest(name = "{0} human criteria are decided by a person")
    @MethodSource("sets")
    void humanCriteriaAreDecidedByAPerson(CriteriaSet set) {
        Ctx ctx = Ctx.of(set);
        List<Criterion> criteria = SHIPPED.criteria().stream().filter(c -> c.setCode().equals(set.code()) && c.provinceCode() == null).toList();
        List<Criterion> human = criteria.stream().filter(c -> c.mode() == Mode.HUMAN).toList();
        assertThat(human).as("every set has criteria only people can judge").isNotEmpty();
        for (Criterion c : human) {
            for (UnitFacts facts : List.of(ctx.inOrder(), ctx.unit(), ctx.incidents(crime(ctx.mid(), CrimeClass.ESPECIALLY_SERIOUS)))) {
                Outcome o = CriterionRules.evaluate(c, facts);
                assertThat(o.verdict()).as(c.code()).isEqualTo(Verdict.PENDING);
                assertThat(o.explanation()).containsExactly(Explanation.of("eval.x.human"));
                assertThat(o.refs()).isEmpty();
            }
        }

        Target target = new Target(1, "U-1", "Đơn vị thử", set.kind(), "C-1", "P-1", "1");
        EvalCase evalCase = new EvalCase(7, "U-1", 1, "Đơn vị thử", set.kind(), "C-1", ctx.year(), set.code(), CaseState.MONITORING,
                null, null, null, ctx.deadline().minusDays(20), null, null, null, null, null, null, null, 0);
        Function<Map<Long, Map<String, Verdict>>, CaseEvaluation> run = answers -> EvaluationEngine.evaluate(List.of(target),
                Map.of("U-1", evalCase), Map.of("U-1", ctx.inOrder()), answers, t -> criteria).get(0);

        CaseEvaluation unanswered = run.apply(Map.of());
        for (Criterion c : human) {
            assertThat(unanswered.finals().get(c.code())).as(c.code()).isEqualTo(Verdict.PENDING);
        }
        assertThat(unanswered.overall()).isEqualTo(OverallVerdict.INCOMPLETE);

        Map<String, Verdict> answers = new LinkedHashMap<>();
        human.forEach(c -> answers.put(c.code(), Verdict.MET));
        CaseEvaluation answered = run.apply(Map.of(7L, answers));
        for (Criterion c : human) {
            assertThat(answered.finals().get(c.code())).as(c.code()).isEqualTo(Verdict.MET);
        }
        answers.put(human.get(0).code(), Verdict.NOT_MET);
        assertThat(run.apply(Map.of(7L, answers)).overall()).isEqualTo(OverallVerdict.NOT_MET);

        if (set.kind() != UnitKind.COMMUNE) {
            // With everything in order, the data decides every other criterion "met" (those without a data
            // source wait for a person too): answered, the unit meets the standard.
            for (Criterion c : criteria) {
                Verdict v = unanswered.finals().get(c.code());
                if (c.mode() != Mode.HUMAN) {
                    assertThat(v).as(c.code()).isEqualTo("NO_SOURCE".equals(c.rule()) ? Verdict.MISSING_DATA : Verdict.MET);
                }
            }
            criteria.stream().filter(c -> "NO_SOURCE".equals(c.rule())).forEach(c -> answers.put(c.code(), Verdict.MET));
            answers.put(human.get(0).code(), Verdict.MET);
            assertThat(run.apply(Map.of(7L, answers)).overall()).isEqualTo(OverallVerdict.MET);
        }
    }
}
