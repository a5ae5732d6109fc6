package vn.xomantoan.reporting;

/** What an indicator's number counts. PERCENT values are hundredths of a percent (9876 = 98,76 %). */
public enum Measure {
    COUNT, PEOPLE, COPIES, VND, HOURS, PERCENT
}
