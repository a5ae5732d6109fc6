package vn.xomantoan.units.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reform to record: predecessors end the day before {@code effectiveDate}; successors start on it.
 * One predecessor and several successors is a split; several predecessors and one successor a merge;
 * one and one a rename, type change or transfer (decided by what differs).
 *
 * @param childAssignment for a split: which successor (index) takes each child of the predecessor;
 *                        children not listed go to the first successor
 */
public record Reform(LocalDate effectiveDate, String legalBasis, List<Long> predecessorIds,
                     List<Successor> successors, Map<Long, Integer> childAssignment) {

    /** Either an existing unit that receives territory (and gets a new version), or a new unit. */
    public record Successor(Long existingUnitId, String code, String name, vn.xomantoan.units.UnitType type,
                            Long parentId, String partNote) {
    }
}
