package vn.xomantoan.households.demo;

import vn.xomantoan.households.Gender;

import java.util.List;
import java.util.Random;

/** Plausible Vietnamese full names: surname by national frequency, middle and given names by gender. */
final class DemoNames {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
            "Đinh", "Dương", "Lý", "Hồ", "Phan", "Trịnh", "Mai", "Tạ", "Lương", "Đoàn", "Quách", "Lã"};
    private static final int[] SURNAME_WEIGHTS = {30, 12, 9, 8, 6, 7, 4, 5, 4, 3, 4, 2, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1};
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Ngọc", "Công", "Thanh", "Đình");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim");
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Bình", "Cường", "Thắng",
            "Long", "Sơn", "Thành", "Trung", "Hiếu", "Khánh", "Phúc", "Quý", "Tùng", "Việt", "Đạt", "Hòa", "Toàn", "Lộc",
            "Thịnh", "Kiên", "Mạnh", "Tiến", "Huy", "Vinh", "Khoa", "Lâm", "Nghĩa", "Quyết", "Chiến", "Thuận", "Hưng");
    private static final List<String> FEMALE_GIVEN = List.of("Lan", "Hương", "Hoa", "Mai", "Hằng", "Thảo", "Ngọc", "Linh",
            "Nga", "Huệ", "Yến", "Loan", "Phương", "Hạnh", "Thủy", "Dung", "Nhung", "Trang", "Vân", "Liên", "Oanh",
            "Tuyết", "Hiền", "Thơm", "Lụa", "Nhàn", "Xuân", "Thắm", "Cúc", "Duyên");

    private static final int SURNAME_TOTAL = java.util.Arrays.stream(SURNAME_WEIGHTS).sum();

    private DemoNames() {
    }

    static String fullName(Random random, Gender gender) {
        int pick = random.nextInt(SURNAME_TOTAL);
        int i = 0;
        while (pick >= SURNAME_WEIGHTS[i]) {
            pick -= SURNAME_WEIGHTS[i];
            i++;
        }
        List<String> middle = gender == Gender.FEMALE ? FEMALE_MIDDLE : MALE_MIDDLE;
        List<String> given = gender == Gender.FEMALE ? FEMALE_GIVEN : MALE_GIVEN;
        return SURNAMES[i] + " " + middle.get(random.nextInt(middle.size())) + " " + given.get(random.nextInt(given.size()));
    }
}
