package vn.xomantoan.commitments;

/**
 * The criteria set in force for an evaluation year. It decides the wording of every page and form:
 * households "sign a commitment" (ký cam kết) under Circular 23/2012 and "register to take part"
 * (đăng ký tham gia) under Circular 124/2021, which applies from the 2022 evaluation year.
 */
public enum CriteriaSet {
    TT23_2012, TT124_2021;

    static final int FIRST_TT124_YEAR = 2022;

    public static CriteriaSet forYear(int year) {
        return year < FIRST_TT124_YEAR ? TT23_2012 : TT124_2021;
    }
}
