package vn.xomantoan.incidents;

public enum IncidentStatus {
    REPORTED, VERIFIED, CLOSED
}
