package vn.xomantoan.evaluation;

import java.util.Collection;
import java.util.Map;

/**
 * The yearly rating of the grassroots security team covering a residential area (KDC-5) or of an
 * establishment's protection force (CQ-4, GD-5).
 */
public interface SecurityForceFacts {

    Map<String, ForceRating> ratings(Collection<String> unitCodes, int year);

    /** Ordered from worst to best. */
    enum Rating {
        NOT_COMPLETED, COMPLETED, GOOD, EXCELLENT
    }

    record ForceRating(Rating rating, int disciplinedMembers, FactRef ref) {
    }
}
