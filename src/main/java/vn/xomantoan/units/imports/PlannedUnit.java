package vn.xomantoan.units.imports;

import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitDraft;

/**
 * A valid row of a units file, ready to insert. Its parent is either a stored version or an earlier
 * row of the same file; {@code generation} counts the file rows above it, so a batch of one
 * generation only needs ids of the batches before it.
 */
final class PlannedUnit {

    final int row;
    UnitDraft draft;
    final UnitView storedParent;
    final PlannedUnit fileParent;
    final int depth;
    final int generation;
    long id;
    String path;

    PlannedUnit(int row, UnitDraft draft, UnitView storedParent, PlannedUnit fileParent) {
        this.row = row;
        this.draft = draft;
        this.storedParent = storedParent;
        this.fileParent = fileParent;
        this.depth = storedParent != null ? storedParent.depth() + 1 : fileParent != null ? fileParent.depth + 1 : 0;
        this.generation = fileParent == null ? 0 : fileParent.generation + 1;
    }

    String code() {
        return draft.code();
    }

    String parentCode() {
        return storedParent != null ? storedParent.code() : fileParent != null ? fileParent.code() : null;
    }

    Long parentId() {
        return storedParent != null ? Long.valueOf(storedParent.id()) : fileParent != null ? Long.valueOf(fileParent.id) : null;
    }

    String parentPath() {
        return storedParent != null ? storedParent.path() : fileParent != null ? fileParent.path : "/";
    }

    boolean validOn(java.time.LocalDate day) {
        return ExistingUnits.validOn(draft.validFrom(), draft.validTo(), day);
    }
}
