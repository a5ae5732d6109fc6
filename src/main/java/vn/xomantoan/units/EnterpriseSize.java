package vn.xomantoan.units;

/** Small and micro enterprises are outside the scope of recognition. */
public enum EnterpriseSize {
    MICRO, SMALL, MEDIUM, LARGE;

    public boolean eligibleForRecognition() {
        return this == MEDIUM || this == LARGE;
    }
}
