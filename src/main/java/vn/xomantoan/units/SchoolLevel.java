package vn.xomantoan.units;

/** Crèches, pre-schools and primary schools are outside the scope of recognition. */
public enum SchoolLevel {
    CRECHE, PRESCHOOL, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, MULTI_LEVEL, VOCATIONAL, HIGHER;

    public boolean eligibleForRecognition() {
        return this != CRECHE && this != PRESCHOOL && this != PRIMARY;
    }
}
