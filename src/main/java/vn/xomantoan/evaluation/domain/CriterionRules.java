package vn.xomantoan.evaluation.domain;

import vn.xomantoan.evaluation.DocumentFacts;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.evaluation.IncidentFacts.Category;
import vn.xomantoan.evaluation.IncidentFacts.Incident;
import vn.xomantoan.evaluation.IncidentFacts.SecurityEvent;
import vn.xomantoan.evaluation.ModelFacts;
import vn.xomantoan.evaluation.SecurityForceFacts;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules that decide criteria from data. Each returns a verdict with its explanation and the
 * records behind it; a rule whose data source is not installed answers MISSING_DATA, never MET.
 */
public final class CriterionRules {

    private static final int MAX_REFS = 50;

    private CriterionRules() {
    }

    public static Outcome evaluate(Criterion c, UnitFacts f) {
        return evaluate(c.code(), c.rule(), c.params(), f);
    }

    static Outcome evaluate(String code, String rule, Params p, UnitFacts f) {
        return switch (rule) {
            case "HUMAN" -> Outcome.of(code, Verdict.PENDING, Explanation.of("eval.x.human"));
            case "NO_SOURCE" -> missing(code, "OTHER");
            case "REGISTERED_BY_DEADLINE" -> registration(code, f);
            case "DOCS_BY_DEADLINE" -> documents(code, p, f);
            case "HOUSEHOLD_COVERAGE" -> coverage(code, p, f);
            case "ZERO_RECORDS" -> zeroRecords(code, p, f);
            case "YEAR_ON_YEAR" -> yearOnYear(code, p, f);
            case "SERIOUS_CRIME" -> seriousCrime(code, p, f);
            case "SERIOUS_ACCIDENTS" -> seriousAccidents(code, p, f);
            case "FORCE_RATING" -> forceRating(code, p, f);
            case "MODELS" -> models(code, p, f);
            case "STAFF_RATE" -> staffRate(code, p, f);
            case "SUBUNIT_RATE" -> subunitRate(code, p, f);
            case "REGISTRATION_RATE" -> registrationRate(code, p, f);
            case "RECOGNITION_RATE" -> recognitionRate(code, p, f);
            case "COMBINED" -> combined(code, p, f);
            default -> Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.unknownRule", rule));
        };
    }

    /** ceil(percent × base / 100) without floating point: 70% of 25 is 18. */
    public static int required(int percent, int base) {
        return (percent * base + 99) / 100;
    }

    private static Outcome missing(String code, String source) {
        return Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.missingSource", "#eval.source." + source));
    }

    private static String d(LocalDate date) {
        return WebDates.format(date);
    }

    private static Outcome registration(String code, UnitFacts f) {
        LocalDate deadline = f.set.registrationDeadline(f.year);
        if (f.registeredOn == null) {
            return Outcome.of(code, Verdict.NOT_MET, Explanation.of("eval.x.notRegistered", d(deadline)));
        }
        if (f.registeredOn.isAfter(deadline)) {
            return Outcome.of(code, Verdict.NOT_MET, Explanation.of("eval.x.registeredLate", d(f.registeredOn), d(deadline)));
        }
        return Outcome.of(code, Verdict.MET, Explanation.of("eval.x.registered", d(f.registeredOn), d(deadline)));
    }

    private static Outcome documents(String code, Params p, UnitFacts f) {
        LocalDate deadline = f.set.registrationDeadline(f.year);
        List<Explanation> lines = new ArrayList<>();
        List<FactRef> refs = new ArrayList<>();
        boolean failed = false;
        boolean unknown = false;
        if (p.flag("registration", false)) {
            Outcome reg = registration(code, f);
            lines.addAll(reg.explanation());
            failed = reg.verdict() == Verdict.NOT_MET;
        }
        List<String> kinds = p.list("docs");
        if (!kinds.isEmpty() && f.documents == null) {
            lines.add(Explanation.of("eval.x.missingSource", "#eval.source.DOCUMENTS"));
            return new Outcome(code, failed ? Verdict.NOT_MET : Verdict.MISSING_DATA, lines, refs);
        }
        for (String kindName : kinds) {
            DocumentFacts.Kind kind = DocumentFacts.Kind.valueOf(kindName);
            List<DocumentFacts.Document> ofKind = f.documents.stream().filter(doc -> doc.kind() == kind).toList();
            DocumentFacts.Document inTime = ofKind.stream()
                    .filter(doc -> doc.issuedOn() != null && !doc.issuedOn().isAfter(deadline)).findFirst().orElse(null);
            if (inTime != null) {
                lines.add(Explanation.of("eval.x.docFound", "#eval.doc." + kind, inTime.number(), d(inTime.issuedOn())));
                refs.add(inTime.ref());
            } else if (!ofKind.isEmpty()) {
                DocumentFacts.Document late = ofKind.get(0);
                lines.add(Explanation.of("eval.x.docLate", "#eval.doc." + kind, late.number(), d(late.issuedOn()), d(deadline)));
                refs.add(late.ref());
                failed = true;
            } else {
                // Party-cell resolutions and unit plans are often kept on paper only: no record is not
                // proof that none was adopted, so a person checks the file.
                lines.add(Explanation.of("eval.x.docMissing", "#eval.doc." + kind, d(deadline)));
                unknown = true;
            }
        }
        Verdict verdict = failed ? Verdict.NOT_MET : unknown ? Verdict.MISSING_DATA : Verdict.MET;
        return new Outcome(code, verdict, lines, refs);
    }

    private static Outcome coverage(String code, Params p, UnitFacts f) {
        if (!f.coverageSource) {
            return missing(code, "COVERAGE");
        }
        if (f.coverage == null || f.coverage.dueHouseholds() == 0) {
            return Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.noHouseholds"));
        }
        int percent = p.integer("percent", 100);
        int due = f.coverage.dueHouseholds();
        int done = f.coverage.registeredHouseholds();
        String word = f.set.commitmentWording() ? "#eval.word.committed" : "#eval.word.registered";
        List<Explanation> lines = new ArrayList<>();
        lines.add(Explanation.of("eval.x.coverage", done, due, word, done * 100 / due, percent));
        boolean met = (long) done * 100 >= (long) percent * due;
        if (done < due) {
            lines.add(Explanation.of("eval.x.coverageMissing", due - done, word));
        }
        return new Outcome(code, met ? Verdict.MET : Verdict.NOT_MET, lines, limit(f.coverage.missing()));
    }

    private static boolean supplies(UnitFacts f, Set<Category> needed) {
        return !needed.isEmpty() && f.categories.containsAll(needed);
    }

    private static Set<Category> categories(Params p) {
        Set<Category> set = EnumSet.noneOf(Category.class);
        p.list("categories").forEach(c -> set.add(Category.valueOf(c)));
        return set;
    }

    private static Set<SecurityEvent> events(Params p) {
        Set<SecurityEvent> set = EnumSet.noneOf(SecurityEvent.class);
        p.list("events").forEach(e -> set.add(SecurityEvent.valueOf(e)));
        return set;
    }

    private static List<Incident> current(UnitFacts f, Predicate<Incident> filter) {
        LocalDate from = f.set.windowStart(f.year);
        LocalDate to = f.set.windowEnd(f.year);
        return f.incidents.stream().filter(i -> !i.eventDate().isBefore(from) && !i.eventDate().isAfter(to)).filter(filter).toList();
    }

    private static Outcome zeroRecords(String code, Params p, UnitFacts f) {
        Set<Category> cats = categories(p);
        Set<SecurityEvent> events = events(p);
        Set<Category> needed = EnumSet.copyOf(cats.isEmpty() ? EnumSet.of(Category.SECURITY_EVENT) : cats);
        if (!events.isEmpty()) {
            needed.add(Category.SECURITY_EVENT);
        }
        if (!supplies(f, needed)) {
            return missing(code, "INCIDENTS");
        }
        boolean excuseForceMajeure = p.flag("excuseForceMajeure", false);
        List<Incident> found = current(f, i -> (cats.contains(i.category())
                || (i.category() == Category.SECURITY_EVENT && events.contains(i.event())))
                && !(excuseForceMajeure && i.forceMajeure()));
        String from = d(f.set.windowStart(f.year));
        String to = d(f.set.windowEnd(f.year));
        if (found.isEmpty()) {
            return Outcome.of(code, Verdict.MET, Explanation.of("eval.x.zero", from, to));
        }
        return Outcome.of(code, Verdict.NOT_MET, Explanation.of("eval.x.records", found.size(), from, to), refs(found));
    }

    /**
     * KDC-4a over the categories the sources keep: the incident log does not record other law
     * violations, so the comparison runs on crimes and social evils and says what it left out.
     */
    private static Outcome yearOnYear(String code, Params p, UnitFacts f) {
        Set<Category> wanted = categories(p);
        Set<Category> cats = EnumSet.noneOf(Category.class);
        cats.addAll(wanted);
        cats.retainAll(f.categories);
        if (cats.isEmpty()) {
            return missing(code, "INCIDENTS");
        }
        Set<Category> lacking = EnumSet.noneOf(Category.class);
        lacking.addAll(wanted);
        lacking.removeAll(cats);
        List<Incident> now = current(f, i -> cats.contains(i.category()));
        LocalDate prevFrom = f.set.windowStart(f.year - 1);
        LocalDate prevTo = f.set.windowEnd(f.year - 1);
        List<Incident> before = f.previousIncidents.stream()
                .filter(i -> cats.contains(i.category()) && !i.eventDate().isBefore(prevFrom) && !i.eventDate().isAfter(prevTo)).toList();
        String comparator = p.get("comparator", "NOT_HIGHER");
        boolean met = compare(comparator, now.size(), before.size());
        List<Explanation> lines = new ArrayList<>();
        lines.add(Explanation.of("eval.x.yoy", now.size(), d(f.set.windowStart(f.year)), d(f.set.windowEnd(f.year)), before.size(),
                "#eval.comparator." + comparator));
        if (!lacking.isEmpty()) {
            lines.add(Explanation.of("eval.x.notKept",
                    lacking.equals(EnumSet.of(Category.OTHER_VIOLATION)) ? "#eval.source.OTHER_VIOLATION" : "#eval.source.INCIDENTS"));
        }
        return new Outcome(code, met ? Verdict.MET : Verdict.NOT_MET, lines, refs(now));
    }

    /** KDC-4a: "not higher" (default) or "strictly lower"; a year with none after a year with none meets both. */
    public static boolean compare(String comparator, int now, int before) {
        if ("STRICTLY_LOWER".equals(comparator)) {
            return now < before || (now == 0 && before == 0);
        }
        return now <= before;
    }

    private static Outcome seriousCrime(String code, Params p, UnitFacts f) {
        if (!supplies(f, EnumSet.of(Category.CRIME))) {
            return missing(code, "INCIDENTS");
        }
        boolean forceMajeure = p.flag("excuseForceMajeure", true);
        boolean prompt = p.flag("excuseHandledPromptly", true);
        List<Incident> serious = current(f, i -> i.category() == Category.CRIME && i.crimeClass() != null && i.crimeClass().seriousOrAbove());
        List<Incident> excused = serious.stream().filter(i -> (forceMajeure && i.forceMajeure()) || (prompt && i.handledPromptly())).toList();
        List<Incident> counted = serious.stream().filter(i -> !excused.contains(i)).toList();
        List<Explanation> lines = new ArrayList<>();
        if (counted.isEmpty()) {
            lines.add(Explanation.of("eval.x.seriousNone", d(f.set.windowStart(f.year)), d(f.set.windowEnd(f.year))));
        } else {
            lines.add(Explanation.of("eval.x.serious", counted.size()));
        }
        if (!excused.isEmpty()) {
            lines.add(Explanation.of("eval.x.excused", excused.size()));
        }
        List<Incident> shown = new ArrayList<>(counted);
        shown.addAll(excused);
        return new Outcome(code, counted.isEmpty() ? Verdict.MET : Verdict.NOT_MET, lines, refs(shown));
    }

    private static Outcome seriousAccidents(String code, Params p, UnitFacts f) {
        Set<Category> cats = categories(p);
        if (!supplies(f, cats)) {
            return missing(code, "INCIDENTS");
        }
        boolean excuseForceMajeure = p.flag("excuseForceMajeure", true);
        List<Incident> serious = current(f, i -> cats.contains(i.category()) && i.serious());
        List<Incident> counted = serious.stream().filter(i -> !(excuseForceMajeure && i.forceMajeure())).toList();
        List<Explanation> lines = new ArrayList<>();
        if (counted.isEmpty()) {
            lines.add(Explanation.of("eval.x.accidentsNone", d(f.set.windowStart(f.year)), d(f.set.windowEnd(f.year))));
        } else {
            lines.add(Explanation.of("eval.x.accidents", counted.size()));
        }
        if (serious.size() > counted.size()) {
            lines.add(Explanation.of("eval.x.forceMajeure", serious.size() - counted.size()));
        }
        return new Outcome(code, counted.isEmpty() ? Verdict.MET : Verdict.NOT_MET, lines, refs(serious));
    }

    private static Outcome forceRating(String code, Params p, UnitFacts f) {
        if (!f.forceSource) {
            return missing(code, "FORCE");
        }
        if (f.force == null) {
            return Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.noRating"));
        }
        SecurityForceFacts.Rating min = SecurityForceFacts.Rating.valueOf(p.get("minRating", "COMPLETED"));
        boolean met = f.force.rating().compareTo(min) >= 0 && f.force.disciplinedMembers() == 0;
        List<FactRef> refs = f.force.ref() == null ? List.of() : List.of(f.force.ref());
        return Outcome.of(code, met ? Verdict.MET : Verdict.NOT_MET,
                Explanation.of("eval.x.force", "#eval.rating." + f.force.rating(), f.force.disciplinedMembers(), "#eval.rating." + min), refs);
    }

    private static Outcome models(String code, Params p, UnitFacts f) {
        if (f.models == null) {
            return missing(code, "MODELS");
        }
        int min = p.integer("min", 1);
        List<ModelFacts.Model> effective = f.models.stream().filter(ModelFacts.Model::effective).toList();
        return Outcome.of(code, effective.size() >= min ? Verdict.MET : Verdict.NOT_MET,
                Explanation.of("eval.x.models", effective.size(), f.models.size(), min),
                f.models.stream().map(ModelFacts.Model::ref).toList());
    }

    private static Outcome staffRate(String code, Params p, UnitFacts f) {
        if (!f.staffSource) {
            return missing(code, "STAFF");
        }
        if (f.staff == null || f.staff.headcount() == 0) {
            return Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.noStaff"));
        }
        boolean committed = "COMMITTED".equals(p.get("measure", "BRIEFED"));
        int done = committed ? f.staff.committed() : f.staff.briefed();
        int total = f.staff.headcount();
        int percent = p.integer("percent", 100);
        boolean met = (long) done * 100 >= (long) percent * total;
        return Outcome.of(code, met ? Verdict.MET : Verdict.NOT_MET, Explanation.of("eval.x.staff", done, total,
                committed ? "#eval.word.committed" : "#eval.word.briefed", done * 100 / total, percent));
    }

    private static Outcome subunitRate(String code, Params p, UnitFacts f) {
        if (!f.staffSource) {
            return missing(code, "STAFF");
        }
        if (f.subunits == null || f.subunits.total() == 0) {
            return Outcome.of(code, Verdict.NOT_APPLICABLE, Explanation.of("eval.x.noSubunits"));
        }
        int percent = p.integer("percent", 70);
        int needed = required(percent, f.subunits.total());
        boolean met = f.subunits.withTitle() >= needed && f.subunits.disciplinedIndividuals() == 0;
        return Outcome.of(code, met ? Verdict.MET : Verdict.NOT_MET, Explanation.of("eval.x.subunits",
                f.subunits.withTitle(), f.subunits.total(), needed, percent, f.subunits.disciplinedIndividuals()));
    }

    private static ChildStats base(Params p, UnitFacts f) {
        return "AREAS".equals(p.get("base", "AREAS_AND_ESTABLISHMENTS")) ? f.areaChildren : f.allChildren;
    }

    private static Outcome registrationRate(String code, Params p, UnitFacts f) {
        ChildStats s = base(p, f);
        if (s.eligible() == 0) {
            return Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.noChildren"));
        }
        int percent = p.integer("percent", 100);
        boolean met = (long) s.registered() * 100 >= (long) percent * s.eligible();
        return Outcome.of(code, met ? Verdict.MET : Verdict.NOT_MET,
                Explanation.of("eval.x.registrationRate", s.registered(), s.eligible(), percent), limit(s.notRegistered()));
    }

    private static Outcome recognitionRate(String code, Params p, UnitFacts f) {
        ChildStats s = base(p, f);
        if (s.eligible() == 0) {
            return Outcome.of(code, Verdict.MISSING_DATA, Explanation.of("eval.x.noChildren"));
        }
        int percent = p.integer("percent", 70);
        int needed = required(percent, s.eligible());
        int count = s.recognised() + s.projected();
        List<Explanation> lines = new ArrayList<>();
        lines.add(Explanation.of("eval.x.recognitionRate", count, s.eligible(), needed, percent));
        if (s.projected() > 0) {
            lines.add(Explanation.of("eval.x.projected", s.projected()));
        }
        return new Outcome(code, count >= needed ? Verdict.MET : Verdict.NOT_MET, lines, limit(s.notRecognised()));
    }

    private static Outcome combined(String code, Params p, UnitFacts f) {
        List<Explanation> lines = new ArrayList<>();
        List<FactRef> refs = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (String part : p.list("parts")) {
            String rule = switch (part) {
                case "EVENTS", "NEW" -> "ZERO_RECORDS";
                default -> part;
            };
            Outcome o = evaluate(code, rule, p.forPart(part), f);
            verdicts.add(o.verdict());
            lines.add(Explanation.of("eval.x.part", "#eval.part." + part, "#eval.verdict." + o.verdict()));
            lines.addAll(o.explanation());
            refs.addAll(o.refs());
        }
        Verdict v = verdicts.contains(Verdict.NOT_MET) ? Verdict.NOT_MET
                : verdicts.stream().allMatch(Verdict::decided) ? Verdict.MET : Verdict.MISSING_DATA;
        return new Outcome(code, v, lines, limit(refs));
    }

    private static List<FactRef> refs(List<Incident> incidents) {
        return limit(incidents.stream().map(Incident::ref).toList());
    }

    private static List<FactRef> limit(List<FactRef> refs) {
        return refs.size() <= MAX_REFS ? refs : refs.subList(0, MAX_REFS);
    }
}
