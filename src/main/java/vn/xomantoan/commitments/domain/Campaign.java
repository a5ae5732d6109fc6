package vn.xomantoan.commitments.domain;

import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.SubjectKind;

import java.time.LocalDate;
import java.time.MonthDay;

/** A campaign as pages and services see it, with its owner unit version and chosen form template. */
public record Campaign(long id, int year, SubjectKind subjectKind, long ownerUnitId, String ownerCode, String ownerName,
                       String ownerPath, String name, LocalDate deadline, int graceDays, CriteriaSet criteriaSet,
                       long templateId, String templateCode, int templateVersion, String templateTitle, long rowVersion) {

    /** 31/03 of the year: households register in the first quarter (Circular 124, art. 4). */
    public static final MonthDay DEFAULT_DEADLINE = MonthDay.of(3, 31);
    /**
     * Days a household that moves in after the deadline has to sign. The circulars are silent on
     * newcomers; thirty days match the time a household has to register its residence (Law on
     * Residence 2020, art. 20), so a head who registers on time can sign in the same visits.
     */
    public static final int DEFAULT_GRACE_DAYS = 30;

    public static LocalDate defaultDeadline(int year) {
        return DEFAULT_DEADLINE.atYear(year);
    }

    /** End of the residential-area evaluation window (01/11 of the year before to 31/10). */
    public LocalDate windowEnd() {
        return LocalDate.of(year, 10, 31);
    }

    public LocalDate windowStart() {
        return LocalDate.of(year - 1, 11, 1);
    }

    /** Today while the campaign's year is running (or ahead), else the end of its evaluation window. */
    public LocalDate defaultAsOf(LocalDate today) {
        return today.getYear() <= year ? today : windowEnd();
    }

    /** The date KDC-1c is judged on, as of a given day: that day, but never after the window closes. */
    public LocalDate kdc1cDate(LocalDate asOf) {
        return asOf.isAfter(windowEnd()) ? windowEnd() : asOf;
    }
}
