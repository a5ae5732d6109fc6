package vn.xomantoan.households.imports;

import java.util.List;

/** The columns of a household file (see {@link ImportColumns} for how headers are matched). */
final class HouseholdColumns {

    static final List<String> ORDER = List.of("area_code", "head_name", "gender", "house_no", "street", "members",
            "moved_in", "phone", "note");

    static final ImportColumns.Spec SPEC = new ImportColumns.Spec(ORDER, List.of("area_code", "head_name", "members", "moved_in"))
            .alias("area_code", "Mã khu dân cư", "Mã KDC", "Mã thôn, tổ dân phố", "Area code")
            .alias("head_name", "Họ tên chủ hộ", "Họ và tên chủ hộ", "Chủ hộ", "Head of household", "Head name")
            .alias("gender", "Giới tính", "Giới tính chủ hộ", "Gender")
            .alias("house_no", "Số nhà", "House number", "House no")
            .alias("street", "Đường/ngõ", "Đường, ngõ", "Ngõ/đường", "Đường", "Ngõ", "Street", "Lane/street")
            .alias("members", "Số nhân khẩu", "Nhân khẩu", "Số người", "Members")
            .alias("moved_in", "Ngày chuyển đến", "Ngày đến", "Moved in")
            .alias("phone", "Điện thoại", "Số điện thoại", "SĐT", "Phone")
            .alias("note", "Ghi chú", "Note");

    private HouseholdColumns() {
    }
}
