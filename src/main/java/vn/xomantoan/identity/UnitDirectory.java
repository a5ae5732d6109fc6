package vn.xomantoan.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know about units, supplied by the units capability (so identity does not
 * depend on it).
 */
public interface UnitDirectory {

    /** Paths of the unit and of every unit that preceded it through succession links. */
    List<String> lineagePaths(long unitId);

    /** The version of the unit with this code in force on the date. */
    Optional<Long> findId(String code, LocalDate asOf);

    /** "Xã Định Hóa (14677)", for lists of users. */
    String describe(long unitId);

    /** The unit's code, for showing it in forms. */
    Optional<String> codeOf(long unitId);

    /** The depth of the unit in the hierarchy (0 = province), to check that a role fits. */
    Optional<String> levelOf(long unitId);
}
