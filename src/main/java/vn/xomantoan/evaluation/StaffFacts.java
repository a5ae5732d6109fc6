package vn.xomantoan.evaluation;

import java.util.Collection;
import java.util.Map;

/**
 * Staff and learners of agencies, enterprises and schools (CQ-1d, GD-1d, Circular 23 commitments)
 * and their sub-units' titles (CQ-5, GD-6).
 */
public interface StaffFacts {

    /** For each establishment code: headcount and how many were briefed or signed for {@code year}. */
    Map<String, Staff> staff(Collection<String> unitCodes, int year);

    /** For each establishment code: its direct sub-units and how many earned the titles in {@code year}. */
    Map<String, Subunits> subunits(Collection<String> unitCodes, int year);

    record Staff(int headcount, int briefed, int committed) {
    }

    record Subunits(int total, int withTitle, int disciplinedIndividuals) {
    }
}
