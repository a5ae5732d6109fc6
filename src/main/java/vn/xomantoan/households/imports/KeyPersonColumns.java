package vn.xomantoan.households.imports;

import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.RespectedKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a key-people file, as the key-people form has them, and the words a commune's
 * spreadsheet uses for roles and kinds of respected persons.
 */
final class KeyPersonColumns {

    static final List<String> ORDER = List.of("unit_code", "full_name", "gender", "birth_year", "role", "respected_kind",
            "term_from", "term_to", "phone", "note");

    static final ImportColumns.Spec SPEC = new ImportColumns.Spec(ORDER,
            List.of("unit_code", "full_name", "gender", "role", "term_from"))
            .alias("unit_code", "Mã đơn vị", "Mã khu dân cư", "Mã KDC", "Mã thôn, tổ dân phố", "Unit code")
            .alias("full_name", "Họ tên", "Họ và tên", "Full name", "Name")
            .alias("gender", "Giới tính", "Gender")
            .alias("birth_year", "Năm sinh", "Birth year", "Year of birth")
            .alias("role", "Chức danh", "Chức vụ", "Role")
            .alias("respected_kind", "Loại người có uy tín", "Loại uy tín", "Respected kind", "Kind of respected person")
            .alias("term_from", "Nhiệm kỳ từ ngày", "Từ ngày", "Ngày bắt đầu", "Term from", "Term start")
            .alias("term_to", "Nhiệm kỳ đến ngày", "Đến ngày", "Ngày kết thúc", "Term to", "Term end")
            .alias("phone", "Điện thoại", "Số điện thoại", "SĐT", "Liên hệ", "Contact", "Phone")
            .alias("note", "Ghi chú", "Note");

    private static final Map<String, KeyPersonRole> ROLES = new HashMap<>();
    private static final Map<String, RespectedKind> KINDS = new HashMap<>();

    static {
        for (KeyPersonRole r : KeyPersonRole.values()) {
            ROLES.put(ImportColumns.normalise(r.name()), r);
        }
        role(KeyPersonRole.PARTY_CELL_SECRETARY, "Bí thư chi bộ", "Bí thư", "Party cell secretary");
        role(KeyPersonRole.AREA_HEAD, "Trưởng thôn, tổ trưởng tổ dân phố", "Trưởng thôn", "Trưởng xóm", "Trưởng bản",
                "Trưởng ấp", "Tổ trưởng tổ dân phố", "Tổ trưởng", "Trưởng khu dân cư", "Area head");
        role(KeyPersonRole.DEPUTY_AREA_HEAD, "Phó trưởng thôn, tổ phó tổ dân phố", "Phó trưởng thôn", "Phó trưởng xóm",
                "Tổ phó tổ dân phố", "Tổ phó", "Deputy area head");
        role(KeyPersonRole.FRONT_COMMITTEE_HEAD, "Trưởng ban công tác Mặt trận", "Trưởng ban công tác mặt trận khu dân cư",
                "Trưởng ban Mặt trận", "Front committee head");
        role(KeyPersonRole.RESPECTED_PERSON, "Người có uy tín", "Respected person");
        role(KeyPersonRole.SECURITY_TEAM_MEMBER, "Thành viên tổ bảo vệ ANTT ở cơ sở", "Thành viên tổ bảo vệ ANTT",
                "Tổ bảo vệ ANTT", "Tổ viên tổ bảo vệ an ninh, trật tự", "Security team member");
        for (RespectedKind k : RespectedKind.values()) {
            KINDS.put(ImportColumns.normalise(k.name()), k);
        }
        kind(RespectedKind.CLAN_ELDER, "Trưởng dòng họ", "Trưởng họ", "Clan elder");
        kind(RespectedKind.RELIGIOUS_DIGNITARY, "Chức sắc tôn giáo", "Chức sắc", "Religious dignitary");
        kind(RespectedKind.ETHNIC_ELDER, "Già làng, người có uy tín trong đồng bào dân tộc thiểu số", "Già làng", "Ethnic elder");
    }

    private KeyPersonColumns() {
    }

    private static void role(KeyPersonRole role, String... labels) {
        for (String l : labels) {
            ROLES.put(ImportColumns.normalise(l), role);
        }
    }

    private static void kind(RespectedKind kind, String... labels) {
        for (String l : labels) {
            KINDS.put(ImportColumns.normalise(l), kind);
        }
    }

    static Optional<KeyPersonRole> role(String text) {
        return Optional.ofNullable(ROLES.get(ImportColumns.normalise(text)));
    }

    static Optional<RespectedKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(ImportColumns.normalise(text)));
    }
}
