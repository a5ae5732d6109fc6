package vn.xomantoan.commitments;

/**
 * Households of a unit on a date: resident, signed by then, and "not yet due" (moved in after the
 * deadline, unsigned, still within the grace period). The percentage counts only households that
 * are due, so a unit where every due household signed shows 100%.
 */
public record CoverageFigures(long resident, long signed, long notYetDue) {

    public static final CoverageFigures NONE = new CoverageFigures(0, 0, 0);

    public long due() {
        return resident - notYetDue;
    }

    public long unsigned() {
        return resident - signed - notYetDue;
    }

    /** Percent of due households that signed, one decimal; 0 when none is due. */
    public double percent() {
        long due = due();
        return due <= 0 ? 0 : Math.floor(1000.0 * signed / due) / 10.0;
    }

    public boolean complete() {
        return due() > 0 && unsigned() == 0;
    }

    public CoverageFigures plus(CoverageFigures other) {
        return new CoverageFigures(resident + other.resident, signed + other.signed, notYetDue + other.notYetDue);
    }
}
