package vn.xomantoan.units.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records merges, splits, renames, type changes and transfers. Every unit below a predecessor that
 * is still valid is carried into the successor as a new version (linked by TRANSFER), so the tree
 * on any date stays whole. All or nothing: a broken rule stores nothing.
 */
@Service
@Transactional
public class ReformService {

    private final UnitQueries queries;
    private final UnitWriter writer;
    private final UnitRules rules;
    private final AuditLog audit;
    private final AccessScope access;

    ReformService(UnitQueries queries, UnitWriter writer, UnitRules rules, AuditLog audit, AccessScope access) {
        this.access = access;
        this.queries = queries;
        this.writer = writer;
        this.rules = rules;
        this.audit = audit;
    }

    public List<Long> apply(Reform reform) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = reform.effectiveDate();
        if (day == null) {
            throw ValidationFailure.of("effectiveDate", "reform.error.dateRequired");
        }
        if (reform.predecessorIds().isEmpty() || reform.successors().isEmpty()) {
            throw ValidationFailure.of(null, "reform.error.sides");
        }
        if (reform.predecessorIds().size() > 1 && reform.successors().size() > 1) {
            throw ValidationFailure.of(null, "reform.error.manyToMany");
        }
        if (new HashSet<>(reform.predecessorIds()).size() != reform.predecessorIds().size()) {
            throw ValidationFailure.of(null, "reform.error.duplicate");
        }
        List<UnitView> preds = new ArrayList<>();
        for (Long id : reform.predecessorIds()) {
            UnitView p = queries.byIdUnscoped(id).orElseThrow(NotFound::new);
            rules.requireCanEdit(p.level(), p);
            if (!p.validFrom().isBefore(day) || (p.validTo() != null && p.validTo().isBefore(day.minusDays(1)))) {
                problems.add(new Problem("effectiveDate", "reform.error.predecessorNotValid", new Object[]{p.name()}));
            } else if (p.validTo() != null && !p.validTo().equals(day.minusDays(1))) {
                problems.add(new Problem("effectiveDate", "reform.error.predecessorEndsLater", new Object[]{p.name()}));
            }
            preds.add(p);
        }
        if (preds.stream().map(UnitView::level).distinct().count() > 1) {
            problems.add(new Problem(null, "reform.error.mixedLevels", null));
        }
        Set<Long> predIds = new HashSet<>(reform.predecessorIds());

        // Resolve each successor into a draft and a parent.
        List<UnitDraft> drafts = new ArrayList<>();
        List<UnitView> parents = new ArrayList<>();
        List<UnitView> existing = new ArrayList<>();
        for (Reform.Successor s : reform.successors()) {
            UnitView receiving = null;
            if (s.existingUnitId() != null) {
                receiving = queries.byIdUnscoped(s.existingUnitId()).orElseThrow(NotFound::new);
                if (!predIds.contains(receiving.id())) {
                    rules.requireCanEdit(receiving.level(), receiving);
                    if (!receiving.validOn(day.minusDays(1)) || !receiving.validFrom().isBefore(day)) {
                        problems.add(new Problem(null, "reform.error.predecessorNotValid", new Object[]{receiving.name()}));
                    }
                }
            }
            String code = s.code() != null && !s.code().isBlank() ? s.code().trim() : receiving == null ? null : receiving.code();
            UnitView ownCodeParent = s.parentId() == null ? null : queries.byIdUnscoped(s.parentId()).orElse(null);
            if (code == null && s.type() != null && !s.type().level().isAdministrative() && ownCodeParent != null) {
                code = writer.nextOwnCode(ownCodeParent, s.type(),
                        drafts.stream().map(UnitDraft::code).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
            }
            String name = s.name() != null && !s.name().isBlank() ? vn.xomantoan.shared.text.VietnameseText.clean(s.name())
                    : receiving == null ? null : receiving.name();
            var type = s.type() != null ? s.type() : receiving == null ? null : receiving.type();
            Long parentId = s.parentId() != null ? s.parentId() : receiving == null ? null : receiving.parentId();
            UnitView parent = parentId == null ? null : queries.byIdUnscoped(parentId).orElseThrow(NotFound::new);
            if (parent != null && preds.stream().anyMatch(p -> parent.path().startsWith(p.path()))) {
                problems.add(new Problem("parent", "reform.error.cycle", null));
            }
            if (parent != null && !access.current().contains(parent.path())) {
                throw new NotFound();
            }
            UnitDraft d = new UnitDraft(code, receiving == null ? isOfficial(code) : receiving.officialCode(), name, type, day, null,
                    receiving == null ? null : receiving.enterpriseSize(), receiving == null ? null : receiving.schoolLevel(),
                    receiving == null ? null : receiving.note());
            if (type != null && !preds.isEmpty() && type.level() != preds.get(0).level()) {
                problems.add(new Problem("type", "unit.error.levelChange", null));
            }
            List<Long> replaced = new ArrayList<>(reform.predecessorIds());
            if (receiving != null) {
                replaced.add(receiving.id());
            }
            rules.checkDraft(d, parent, replaced, problems);
            drafts.add(d);
            parents.add(parent);
            existing.add(receiving);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }

        // Close predecessors and receiving units, open the successors.
        List<Long> created = new ArrayList<>();
        Set<Long> closed = new HashSet<>();
        for (UnitView p : preds) {
            writer.close(p.id(), day.minusDays(1));
            closed.add(p.id());
        }
        for (int i = 0; i < drafts.size(); i++) {
            long newId = writer.insert(drafts.get(i), parents.get(i));
            created.add(newId);
            UnitView receiving = existing.get(i);
            if (receiving != null && !closed.contains(receiving.id())) {
                writer.close(receiving.id(), day.minusDays(1));
                closed.add(receiving.id());
                writer.link(receiving.id(), newId, SuccessionKind.MERGE, day, reform.legalBasis(), null);
            }
        }
        for (UnitView p : preds) {
            for (int i = 0; i < created.size(); i++) {
                SuccessionKind kind = kindOf(preds, drafts, p, drafts.get(i), parents.get(i), existing.get(i));
                writer.link(p.id(), created.get(i), kind, day, reform.legalBasis(), reform.successors().get(i).partNote());
            }
        }

        // Carry everything still valid below the closed units into their successors.
        Map<Long, Long> carryTo = new LinkedHashMap<>();
        for (int i = 0; i < created.size(); i++) {
            UnitView receiving = existing.get(i);
            if (receiving != null) {
                carryTo.put(receiving.id(), created.get(i));
            }
        }
        for (UnitView p : preds) {
            if (created.size() == 1) {
                carryTo.put(p.id(), created.get(0));
            }
        }
        for (Map.Entry<Long, Long> e : carryTo.entrySet()) {
            carryChildren(e.getKey(), e.getValue(), day, Map.of());
        }
        if (preds.size() == 1 && created.size() > 1 && !carryTo.containsKey(preds.get(0).id())) {
            Map<Long, Long> assignment = new LinkedHashMap<>();
            reform.childAssignment().forEach((child, idx) -> assignment.put(child, created.get(Math.min(Math.max(idx, 0), created.size() - 1))));
            carryChildren(preds.get(0).id(), created.get(0), day, assignment);
        }

        Map<String, Object> after = new LinkedHashMap<>();
        after.put("effectiveDate", day.toString());
        after.put("legalBasis", reform.legalBasis());
        after.put("predecessors", preds.stream().map(p -> p.code() + " " + p.name()).toList());
        after.put("successors", drafts.stream().map(d -> d.code() + " " + d.name()).toList());
        after.put("createdIds", created);
        audit.record(AuditAction.REFORM, "OrgUnit", created.get(0), "Ghi nhận sắp xếp đơn vị: "
                + String.join(", ", preds.stream().map(UnitView::name).toList()) + " → "
                + String.join(", ", drafts.stream().map(UnitDraft::name).toList()), null, after);
        return created;
    }

    /** Re-creates, under the new parent, every unit below the old one still valid on the day. */
    private void carryChildren(long oldParentId, long defaultNewParentId, LocalDate day, Map<Long, Long> assignment) {
        List<UnitView> children = queries.children(oldParentId, day.minusDays(1), UnitScope.EVERYTHING);
        for (UnitView child : children) {
            if (child.validTo() != null && child.validTo().isBefore(day)) {
                continue;
            }
            long newParentId = assignment.getOrDefault(child.id(), defaultNewParentId);
            UnitView newParent = queries.byIdUnscoped(newParentId).orElseThrow();
            writer.close(child.id(), day.minusDays(1));
            long copy = writer.insert(UnitDraft.copyOf(child, day, child.validTo()), newParent);
            writer.link(child.id(), copy, SuccessionKind.TRANSFER, day, null, null);
            carryChildren(child.id(), copy, day, Map.of());
        }
    }

    private static SuccessionKind kindOf(List<UnitView> preds, List<UnitDraft> drafts, UnitView pred, UnitDraft draft,
                                         UnitView parent, UnitView receiving) {
        if (drafts.size() > 1) {
            return SuccessionKind.SPLIT;
        }
        if (preds.size() > 1 || (receiving != null && receiving.id() != pred.id())) {
            return SuccessionKind.MERGE;
        }
        if (!Objects.equals(pred.parentId(), parent == null ? null : parent.id())) {
            return SuccessionKind.TRANSFER;
        }
        if (pred.type() != draft.type()) {
            return SuccessionKind.TYPE_CHANGE;
        }
        return SuccessionKind.RENAME;
    }

    private static boolean isOfficial(String code) {
        return code != null && code.chars().allMatch(Character::isDigit);
    }
}
