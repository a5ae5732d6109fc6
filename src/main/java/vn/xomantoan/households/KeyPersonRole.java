package vn.xomantoan.households;

/** What a key person does in their unit. */
public enum KeyPersonRole {
    /** Bí thư chi bộ. */
    PARTY_CELL_SECRETARY,
    /** Trưởng thôn, tổ trưởng tổ dân phố. */
    AREA_HEAD,
    /** Phó trưởng thôn, tổ phó. */
    DEPUTY_AREA_HEAD,
    /** Trưởng ban công tác Mặt trận. */
    FRONT_COMMITTEE_HEAD,
    /** Người có uy tín, with a {@link RespectedKind}. */
    RESPECTED_PERSON,
    /** Thành viên tổ bảo vệ ANTT ở cơ sở. */
    SECURITY_TEAM_MEMBER
}
