package vn.xomantoan.activities;

import java.util.List;
import java.util.Random;

/** Plausible Vietnamese personal names for demo data. */
public final class DemoNames {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi", "Đỗ", "Ngô",
            "Phan", "Trương", "Mai", "Tạ", "Lương");
    private static final List<String> MIDDLE_M = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh");
    private static final List<String> MIDDLE_F = List.of("Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng");
    private static final List<String> GIVEN_M = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc",
            "Quân", "Sơn", "Thắng", "Tuấn", "Việt");
    private static final List<String> GIVEN_F = List.of("Anh", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Liên", "Mai", "Nga",
            "Oanh", "Phương", "Thảo", "Trang", "Yến");

    private DemoNames() {
    }

    public static String person(Random random, boolean woman) {
        return FAMILY.get(random.nextInt(FAMILY.size())) + " "
                + (woman ? MIDDLE_F.get(random.nextInt(MIDDLE_F.size())) : MIDDLE_M.get(random.nextInt(MIDDLE_M.size()))) + " "
                + (woman ? GIVEN_F.get(random.nextInt(GIVEN_F.size())) : GIVEN_M.get(random.nextInt(GIVEN_M.size())));
    }
}
