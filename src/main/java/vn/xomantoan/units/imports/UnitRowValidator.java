package vn.xomantoan.units.imports;

import vn.xomantoan.units.domain.HierarchyRules;

import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every row of a units file against the rules UnitRules applies to single writes (code
 * syntax, parent level, parent valid over the whole period, no two versions with one code at the
 * same time) plus what a file adds (columns, words, dates, duplicates, rows that refer to each
 * other), and turns the rows into planned inserts. Collects every problem; stops at none.
 */
final class UnitRowValidator {

    /** Same syntax as UnitRules.CODE. */
    static final Pattern CODE = HierarchyRules.CODE;
    static final int MAX_NAME = 200;

    private final ExistingUnits existing;
    private final UnitFormat format;
    private final ColumnMap columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<PlannedUnit> planned = new ArrayList<>();
    private final Map<String, List<PlannedUnit>> plannedByCode = new HashMap<>();

    UnitRowValidator(ExistingUnits existing, UnitFormat format, ColumnMap columns) {
        this.existing = existing;
        this.format = format;
        this.columns = columns;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<PlannedUnit> planned() {
        return planned;
    }

    void validate(List<TabularData.Row> rows) {
        Map<String, List<Integer>> rowsOfCode = new HashMap<>();
        Set<String> lookups = new HashSet<>();
        for (TabularData.Row row : rows) {
            String code = columns.value(row, "code");
            if (!code.isEmpty()) {
                rowsOfCode.computeIfAbsent(code, c -> new ArrayList<>()).add(row.number());
                lookups.add(code);
            }
            String parent = columns.value(row, "parent_code");
            if (!parent.isEmpty()) {
                lookups.add(parent);
            }
        }
        Map<String, List<UnitView>> stored = existing.versionsOf(lookups);
        Map<String, Integer> seen = new HashMap<>();
        for (TabularData.Row row : rows) {
            validateRow(row, stored, rowsOfCode, seen);
        }
        if (problems.isEmpty()) {
            assignOwnCodes(rowsOfCode.keySet());
        }
    }

    private void validateRow(TabularData.Row row, Map<String, List<UnitView>> stored, Map<String, List<Integer>> rowsOfCode,
                             Map<String, Integer> seen) {
        int before = problems.size();
        if (row.values().size() > columns.width() && row.values().subList(columns.width(), row.values().size()).stream().anyMatch(v -> !v.isEmpty())) {
            problems.add(new ImportProblem(row.number(), null, "imports.error.columnCount", new Object[]{columns.width()}));
        }
        String code = columns.value(row, "code");
        String name = VietnameseText.clean(columns.value(row, "name"));
        String levelText = columns.value(row, "level");
        String typeText = columns.value(row, "unit_type");
        String parentCode = columns.value(row, "parent_code");
        String duplicateKey = String.join("\u001F", code, name, levelText.toLowerCase(), VietnameseText.clean(typeText).toLowerCase(),
                parentCode, columns.value(row, "valid_from"), columns.value(row, "valid_to"),
                columns.value(row, "enterprise_size"), columns.value(row, "school_level"));
        Integer first = seen.putIfAbsent(duplicateKey, row.number());
        if (first != null) {
            problems.add(new ImportProblem(row.number(), null, "imports.error.duplicateRow", new Object[]{first}));
            return;
        }

        UnitLevel level = null;
        if (required(row, "level", levelText)) {
            level = UnitFormat.level(levelText).orElse(null);
            if (level == null) {
                problem(row, "level", "imports.error.unknownLevel", levelText);
            }
        }
        UnitType type = null;
        if (required(row, "unit_type", typeText) && level != null) {
            type = format.type(typeText, level).orElse(null);
            if (type == null) {
                problem(row, "unit_type", "imports.error.unknownType", typeText, UnitFormat.levelWord(level), format.typeWords(level));
            }
        }
        LocalDate from = date(row, "valid_from", true);
        LocalDate to = date(row, "valid_to", false);
        if (from != null && to != null && to.isBefore(from)) {
            problem(row, "valid_to", "unit.error.validToBeforeFrom");
        }

        if (required(row, "name", name)) {
            if (name.length() > MAX_NAME) {
                problem(row, "name", "imports.error.tooLong", MAX_NAME);
            } else if (type != null && type.namePrefix() != null
                    && !name.regionMatches(true, 0, type.namePrefix() + " ", 0, type.namePrefix().length() + 1)) {
                problem(row, "name", "imports.error.namePrefix", name, type.namePrefix());
            }
        }
        if (code.isEmpty()) {
            if (level != null && level.isAdministrative()) {
                problem(row, "code", "imports.error.codeRequired");
            }
        } else if (!CODE.matcher(code).matches()) {
            problem(row, "code", "unit.error.codeInvalid", code);
        }

        EnterpriseSize size = null;
        String sizeText = columns.value(row, "enterprise_size");
        if (!sizeText.isEmpty()) {
            size = format.size(sizeText).orElse(null);
            if (size == null) {
                problem(row, "enterprise_size", "imports.error.unknownSize", sizeText);
            } else if (type != null && type != UnitType.ENTERPRISE) {
                problem(row, "enterprise_size", "imports.error.sizeNotEnterprise");
            }
        }
        SchoolLevel school = null;
        String schoolText = columns.value(row, "school_level");
        if (!schoolText.isEmpty()) {
            school = format.school(schoolText).orElse(null);
            if (school == null) {
                problem(row, "school_level", "imports.error.unknownSchool", schoolText);
            } else if (type != null && type != UnitType.SCHOOL) {
                problem(row, "school_level", "imports.error.schoolNotSchool");
            }
        }

        if (type == null || from == null) {
            return;
        }
        UnitView storedParent = null;
        PlannedUnit fileParent = null;
        if (parentCode.isEmpty()) {
            if (type.level() != UnitLevel.PROVINCE) {
                problem(row, "parent_code", "imports.error.parentRequired");
            }
        } else if (type.level() == UnitLevel.PROVINCE) {
            problem(row, "parent_code", "unit.error.parentLevel");
        } else {
            LocalDate day = from;
            storedParent = stored.getOrDefault(parentCode, List.of()).stream().filter(u -> u.validOn(day)).findFirst().orElse(null);
            if (storedParent == null) {
                fileParent = plannedByCode.getOrDefault(parentCode, List.of()).stream().filter(p -> p.validOn(day)).findFirst().orElse(null);
            }
            if (storedParent == null && fileParent == null) {
                Integer later = rowsOfCode.getOrDefault(parentCode, List.of()).stream().filter(n -> n > row.number()).findFirst().orElse(null);
                if (later != null) {
                    problem(row, "parent_code", "imports.error.parentLater", parentCode, later);
                } else {
                    problem(row, "parent_code", "imports.error.parentNotFound", parentCode, WebDates.format(from));
                }
            } else {
                UnitLevel parentLevel = storedParent != null ? storedParent.level() : fileParent.draft.type().level();
                LocalDate parentFrom = storedParent != null ? storedParent.validFrom() : fileParent.draft.validFrom();
                LocalDate parentTo = storedParent != null ? storedParent.validTo() : fileParent.draft.validTo();
                String parentName = storedParent != null ? storedParent.name() : fileParent.draft.name();
                if (!parentFits(type.level(), parentLevel)) {
                    problem(row, "parent_code", "unit.error.parentLevel");
                } else if (!covers(parentFrom, parentTo, from, to)) {
                    problem(row, "parent_code", "unit.error.parentNotValid", parentName);
                }
            }
        }
        if (!code.isEmpty()) {
            if (stored.getOrDefault(code, List.of()).stream().anyMatch(u -> ExistingUnits.overlaps(u.validFrom(), u.validTo(), from, to))) {
                problem(row, "code", "unit.error.codeOverlap", code);
            } else {
                plannedByCode.getOrDefault(code, List.of()).stream()
                        .filter(p -> ExistingUnits.overlaps(p.draft.validFrom(), p.draft.validTo(), from, to))
                        .findFirst()
                        .ifPresent(p -> problem(row, "code", "imports.error.codeOverlapInFile", code, p.row));
            }
        }
        boolean official = type.level().isAdministrative() && code.chars().allMatch(Character::isDigit);
        UnitDraft draft = new UnitDraft(code.isEmpty() ? null : code, official, name, type, from, to, size, school, null);
        PlannedUnit unit = new PlannedUnit(row.number(), draft, storedParent, fileParent);
        if (!code.isEmpty()) {
            plannedByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(unit);
        }
        if (problems.size() == before) {
            planned.add(unit);
        }
    }

    /** Residential areas and establishments without a code get one under their parent, as UnitCommands gives. */
    private void assignOwnCodes(Set<String> codesInFile) {
        Map<String, Set<String>> usedByPrefix = new HashMap<>();
        for (PlannedUnit unit : planned) {
            if (unit.code() != null) {
                continue;
            }
            String prefix = unit.parentCode() + (unit.draft.type().level() == UnitLevel.ESTABLISHMENT ? "-E" : "-");
            Set<String> used = usedByPrefix.computeIfAbsent(prefix, p -> {
                Set<String> s = existing.codesStartingWith(p);
                s.addAll(codesInFile);
                return s;
            });
            int n = 1;
            while (used.contains(prefix + String.format("%03d", n))) {
                n++;
            }
            String code = prefix + String.format("%03d", n);
            used.add(code);
            if (!CODE.matcher(code).matches()) {
                problems.add(new ImportProblem(unit.row, columns.label("code"), "unit.error.codeInvalid", new Object[]{code}));
            }
            UnitDraft d = unit.draft;
            unit.draft = new UnitDraft(code, false, d.name(), d.type(), d.validFrom(), d.validTo(), d.enterpriseSize(), d.schoolLevel(), d.note());
        }
    }

    static boolean parentFits(UnitLevel level, UnitLevel parent) {
        return HierarchyRules.parentFits(level, parent);
    }

    static boolean covers(LocalDate parentFrom, LocalDate parentTo, LocalDate from, LocalDate to) {
        return HierarchyRules.covers(parentFrom, parentTo, from, to);
    }

    private boolean required(TabularData.Row row, String column, String value) {
        if (value == null || value.isEmpty()) {
            problem(row, column, "imports.error.required");
            return false;
        }
        return true;
    }

    private LocalDate date(TabularData.Row row, String column, boolean required) {
        String text = columns.value(row, column);
        if (text.isEmpty()) {
            if (required) {
                problem(row, column, "imports.error.required");
            }
            return null;
        }
        return parseDate(text).orElseGet(() -> {
            problem(row, column, "imports.error.badDate", text);
            return null;
        });
    }

    static java.util.Optional<LocalDate> parseDate(String text) {
        try {
            return java.util.Optional.ofNullable(WebDates.parse(text, null));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void problem(TabularData.Row row, String column, String key, Object... args) {
        problems.add(new ImportProblem(row.number(), column == null ? null : columns.label(column), key, args));
    }
}
