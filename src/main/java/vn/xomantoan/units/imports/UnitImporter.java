package vn.xomantoan.units.imports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.domain.UnitWriter.LoadedLink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a units or succession-links file all or nothing: every row is checked first; if any
 * problem is found nothing is stored, otherwise all rows are written in one transaction with one
 * audit event.
 */
@Service
public class UnitImporter {

    private final ExistingUnits existing;
    private final UnitFormat format;
    private final ImportBatchWriter writer;
    private final AuditLog audit;
    private final AccessScope access;

    UnitImporter(ExistingUnits existing, UnitFormat format, ImportBatchWriter writer, AuditLog audit, AccessScope access) {
        this.existing = existing;
        this.format = format;
        this.writer = writer;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public ImportOutcome importFile(ImportKind kind, String fileName, byte[] content) {
        if (!access.hasRole(Role.ADMIN)) {
            throw new Forbidden();
        }
        TabularData data;
        ColumnMap columns;
        try {
            data = TabularReader.read(fileName, content);
            columns = ColumnMap.of(kind, data.header(), format);
        } catch (ImportRejected e) {
            return new ImportOutcome(kind, fileName, 0, e.problems(), null, null);
        }
        return kind == ImportKind.UNITS ? units(fileName, data, columns) : links(fileName, data, columns);
    }

    private ImportOutcome units(String fileName, TabularData data, ColumnMap columns) {
        UnitRowValidator validator = new UnitRowValidator(existing, format, columns);
        validator.validate(data.rows());
        if (!validator.problems().isEmpty()) {
            return new ImportOutcome(ImportKind.UNITS, fileName, data.rows().size(), sorted(validator.problems()), null, null);
        }
        List<PlannedUnit> units = validator.planned();
        writer.insertUnits(units);
        Map<UnitLevel, Integer> byLevel = new EnumMap<>(UnitLevel.class);
        units.forEach(u -> byLevel.merge(u.draft.type().level(), 1, Integer::sum));
        Map<String, Integer> counts = new LinkedHashMap<>();
        byLevel.forEach((level, n) -> counts.put(level.name(), n));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("rows", data.rows().size());
        after.put("units", counts);
        audit.record(AuditAction.IMPORT, "OrgUnit", null,
                "Nhập " + units.size() + " đơn vị từ tệp " + fileName, null, after);
        return new ImportOutcome(ImportKind.UNITS, fileName, data.rows().size(), List.of(), counts, "unit.level.");
    }

    private ImportOutcome links(String fileName, TabularData data, ColumnMap columns) {
        LinkRowValidator validator = new LinkRowValidator(existing, format, columns);
        validator.validate(data.rows());
        if (!validator.problems().isEmpty()) {
            return new ImportOutcome(ImportKind.LINKS, fileName, data.rows().size(), sorted(validator.problems()), null, null);
        }
        List<LoadedLink> links = validator.links();
        writer.insertLinks(links);
        Map<SuccessionKind, Integer> byKind = new EnumMap<>(SuccessionKind.class);
        links.forEach(l -> byKind.merge(l.kind(), 1, Integer::sum));
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((kind, n) -> counts.put(kind.name(), n));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("rows", data.rows().size());
        after.put("links", counts);
        audit.record(AuditAction.IMPORT, "OrgUnit", null,
                "Nhập " + links.size() + " liên kết kế thừa từ tệp " + fileName, null, after);
        return new ImportOutcome(ImportKind.LINKS, fileName, data.rows().size(), List.of(), counts, "succession.kind.");
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        List<ImportProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(ImportProblem::row));
        return copy;
    }
}
