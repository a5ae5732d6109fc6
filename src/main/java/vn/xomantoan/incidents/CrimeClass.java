package vn.xomantoan.incidents;

/**
 * Crime classes of the Penal Code (art. 9 of the 2015 Code, art. 8 of the 1999 Code), fixed by the
 * maximum of the penalty bracket of the clause applied, not by the sentence imposed.
 */
public enum CrimeClass {
    LESS_SERIOUS, SERIOUS, VERY_SERIOUS, ESPECIALLY_SERIOUS;

    private static final int THREE_YEARS = 36;
    private static final int SEVEN_YEARS = 84;
    private static final int FIFTEEN_YEARS = 180;

    /**
     * @param maxMonths   maximum prison term of the bracket in months; null when the bracket has no prison
     * @param lifeOrDeath the bracket goes up to life imprisonment or death
     */
    public static CrimeClass ofMaximum(Integer maxMonths, boolean lifeOrDeath) {
        if (lifeOrDeath) {
            return ESPECIALLY_SERIOUS;
        }
        if (maxMonths == null || maxMonths <= THREE_YEARS) {
            return LESS_SERIOUS;
        }
        if (maxMonths <= SEVEN_YEARS) {
            return SERIOUS;
        }
        if (maxMonths <= FIFTEEN_YEARS) {
            return VERY_SERIOUS;
        }
        return ESPECIALLY_SERIOUS;
    }

    /** "Tội phạm nghiêm trọng trở lên" of TT 124 (KDC-4b, CQ-3đ). */
    public boolean seriousOrAbove() {
        return this != LESS_SERIOUS;
    }
}
