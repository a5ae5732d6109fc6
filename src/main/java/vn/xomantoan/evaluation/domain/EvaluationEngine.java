package vn.xomantoan.evaluation.domain;

import vn.xomantoan.evaluation.FactRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies the rules to every target: units under communes first, then the communes, whose XA-4
 * criteria count their units' registrations, decisions and current verdicts.
 */
public final class EvaluationEngine {

    private EvaluationEngine() {
    }

    public static List<CaseEvaluation> evaluate(List<Target> targets, Map<String, EvalCase> cases, Map<String, UnitFacts> facts,
                                                Map<Long, Map<String, Verdict>> answers, Function<Target, List<Criterion>> criteria) {
        List<CaseEvaluation> out = new ArrayList<>();
        Map<String, List<CaseEvaluation>> byCommune = new LinkedHashMap<>();
        for (Target t : targets) {
            if (t.kind() != UnitKind.COMMUNE) {
                CaseEvaluation e = evaluateOne(t, cases.get(t.code()), facts.get(t.code()), answers, criteria.apply(t));
                out.add(e);
                byCommune.computeIfAbsent(t.communeCode(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Target t : targets) {
            if (t.kind() == UnitKind.COMMUNE) {
                List<CaseEvaluation> children = byCommune.getOrDefault(t.code(), List.of());
                UnitFacts f = facts.get(t.code()).children(stats(children, false), stats(children, true));
                out.add(evaluateOne(t, cases.get(t.code()), f, answers, criteria.apply(t)));
            }
        }
        return out;
    }

    static CaseEvaluation evaluateOne(Target t, EvalCase c, UnitFacts f, Map<Long, Map<String, Verdict>> answers, List<Criterion> criteria) {
        Map<String, Verdict> given = answers.getOrDefault(c.id(), Map.of());
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Verdict> finals = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            Outcome o = CriterionRules.evaluate(criterion, f);
            outcomes.add(o);
            finals.put(criterion.code(), given.getOrDefault(criterion.code(), o.verdict()));
        }
        return new CaseEvaluation(c, t, criteria, outcomes, finals, OverallVerdict.of(finals.values()));
    }

    /** XA-4a / XA-4b figures over the commune's evaluated units (or its residential areas only). */
    public static ChildStats stats(List<CaseEvaluation> children, boolean areasOnly) {
        int eligible = 0, registered = 0, recognised = 0, projected = 0;
        List<FactRef> notRegistered = new ArrayList<>();
        List<FactRef> notRecognised = new ArrayList<>();
        for (CaseEvaluation e : children) {
            if (areasOnly && e.target().kind() != UnitKind.RESIDENTIAL_AREA) {
                continue;
            }
            EvalCase c = e.evalCase();
            FactRef ref = new FactRef(String.valueOf(c.id()), c.unitName(), "/evaluation/cases/" + c.id());
            eligible++;
            if (!c.state().registered()) {
                notRegistered.add(ref);
                notRecognised.add(ref);
                continue;
            }
            registered++;
            if (c.recognised()) {
                recognised++;
            } else if (c.outcome() == null && e.overall() == OverallVerdict.MET) {
                projected++;
            } else {
                notRecognised.add(ref);
            }
        }
        return new ChildStats(eligible, registered, recognised, projected, notRegistered, notRecognised);
    }
}
