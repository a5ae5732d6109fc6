package vn.xomantoan.households.demo;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.RespectedKind;
import vn.xomantoan.households.domain.HouseholdDraft;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic demo households and key people for a list of residential areas (fixed seed). Rows
 * come out as value arrays in the column order of {@link #HOUSEHOLD_COLUMNS} and friends, ready for
 * a bulk load.
 */
final class DemoHouseholds {

    static final List<String> HOUSEHOLD_COLUMNS = List.of("id", "head_name", "head_gender", "house_no", "street", "members",
            "phone", "moved_in", "moved_out", "search_key", "sort_key", "created_at");
    static final List<String> RESIDENCE_COLUMNS = List.of("id", "household_id", "area_code", "valid_from", "valid_to");
    static final List<String> KEY_PERSON_COLUMNS = List.of("id", "unit_code", "full_name", "gender", "birth_year", "role",
            "respected_kind", "term_from", "term_to", "phone", "search_key", "sort_key", "created_at");

    private static final long SEED = 20151024L;
    private static final String KIM_SON = "376";
    private static final String NHO_QUAN = "372";
    private static final LocalDate SECURITY_TEAMS_FROM = LocalDate.of(2024, 7, 1);
    private static final LocalDate[][] TERMS = {
            {null, LocalDate.of(2017, 6, 30)},
            {LocalDate.of(2017, 7, 1), LocalDate.of(2022, 6, 30)},
            {LocalDate.of(2022, 7, 1), LocalDate.of(2027, 6, 30)}};
    private static final String[] TOWN_STREETS = {"Trần Hưng Đạo", "Lê Hồng Phong", "Nguyễn Huệ", "Đinh Tiên Hoàng",
            "Lý Thái Tổ", "Hoàng Hoa Thám", "Phạm Văn Nghị", "Lương Văn Tụy", "Nguyễn Công Trứ", "Vân Giang"};
    private static final String[] VILLAGE_LANES = {"Đường trục thôn", "Đường liên xóm", "Ngõ giữa làng", "Đường ven đê",
            "Đường ra đồng", "Xóm chùa", "Đường làng"};

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final LocalDateTime now = LocalDateTime.now();
    private final Map<String, String> sortKeys = new HashMap<>();
    private final Map<String, String> searchKeys = new HashMap<>();

    final List<Object[]> households = new ArrayList<>();
    final List<Object[]> residences = new ArrayList<>();
    final List<Object[]> keyPeople = new ArrayList<>();

    DemoHouseholds(LocalDate today) {
        this.today = today;
    }

    void generate(List<DemoArea> areas) {
        Map<String, List<DemoArea>> byCommune = new LinkedHashMap<>();
        areas.forEach(a -> byCommune.computeIfAbsent(a.communeCode(), c -> new ArrayList<>()).add(a));
        for (DemoArea area : areas) {
            int count = 20 + random.nextInt(26);
            for (int k = 0; k < count; k++) {
                household(area, byCommune.get(area.communeCode()));
            }
            keyPeople(area);
        }
    }

    private void household(DemoArea area, List<DemoArea> commune) {
        long id = households.size() + 1L;
        Gender gender = random.nextInt(100) < 78 ? Gender.MALE : Gender.FEMALE;
        String name = DemoNames.fullName(random, gender);
        boolean town = "TO_DAN_PHO".equals(area.type());
        String houseNo = "Số " + (1 + random.nextInt(town ? 220 : 90));
        String street = town ? "Ngõ " + (1 + random.nextInt(40)) + " phố " + TOWN_STREETS[random.nextInt(TOWN_STREETS.length)]
                : VILLAGE_LANES[random.nextInt(VILLAGE_LANES.length)];
        int members = 1 + Math.min(random.nextInt(4) + random.nextInt(4), 8);
        String phone = random.nextInt(10) < 6 ? phone() : null;
        LocalDate end = area.lastDay() == null ? today : area.lastDay();
        LocalDate movedIn = random.nextInt(100) < 86 ? area.firstDay() : dayBetween(area.firstDay(), end.minusDays(30));
        LocalDate movedOut = null;
        int event = random.nextInt(100);
        String areaCode = area.code();
        LocalDate from = movedIn;
        if (event < 4) {
            movedOut = dayBetween(movedIn.plusDays(30), today);
        } else if (event < 7 && commune.size() > 1) {
            LocalDate on = dayBetween(movedIn.plusDays(60), end);
            DemoArea target = commune.get(random.nextInt(commune.size()));
            if (target != area && target.openOn(on) && area.openOn(on.minusDays(1)) && on.isAfter(movedIn)) {
                residence(id, areaCode, from, on.minusDays(1));
                areaCode = target.code();
                from = on;
                area = target;
            }
        }
        LocalDate last = area.lastDay();
        if (movedOut != null && last != null && last.isBefore(movedOut)) {
            movedOut = last;
        } else if (movedOut == null && last != null) {
            movedOut = last;
        }
        if (movedOut != null && movedOut.isBefore(from)) {
            movedOut = from;
        }
        residence(id, areaCode, from, movedOut);
        households.add(new Object[]{id, name, gender.name(), houseNo, street, members, phone, movedIn, movedOut,
                searchKey(name) + " | " + searchKey(houseNo + " " + street), sortKey(name), now});
    }

    private void residence(long householdId, String areaCode, LocalDate from, LocalDate to) {
        residences.add(new Object[]{residences.size() + 1L, householdId, areaCode, from, to});
    }

    private void keyPeople(DemoArea area) {
        officeHolders(area, KeyPersonRole.AREA_HEAD, 18);
        officeHolders(area, KeyPersonRole.PARTY_CELL_SECRETARY, 15);
        officeHolders(area, KeyPersonRole.DEPUTY_AREA_HEAD, 28);
        officeHolders(area, KeyPersonRole.FRONT_COMMITTEE_HEAD, 40);
        boolean kimSon = KIM_SON.equals(area.districtCode());
        int respected = kimSon ? 1 + random.nextInt(3) : random.nextInt(4);
        for (int i = 0; i < respected; i++) {
            int r = random.nextInt(100);
            RespectedKind kind = kimSon ? (r < 70 ? RespectedKind.RELIGIOUS_DIGNITARY : RespectedKind.CLAN_ELDER)
                    : NHO_QUAN.equals(area.districtCode()) && r < 40 ? RespectedKind.ETHNIC_ELDER
                    : r < 80 ? RespectedKind.CLAN_ELDER : RespectedKind.RELIGIOUS_DIGNITARY;
            Gender gender = random.nextInt(100) < 10 ? Gender.FEMALE : Gender.MALE;
            person(area, KeyPersonRole.RESPECTED_PERSON, kind, DemoNames.fullName(random, gender), gender,
                    1935 + random.nextInt(28), area.firstDay(), area.lastDay());
        }
        LocalDate teamFrom = area.firstDay().isAfter(SECURITY_TEAMS_FROM) ? area.firstDay() : SECURITY_TEAMS_FROM;
        if (area.openOn(teamFrom)) {
            int members = 3 + random.nextInt(3);
            for (int i = 0; i < members; i++) {
                Gender gender = random.nextInt(100) < 8 ? Gender.FEMALE : Gender.MALE;
                person(area, KeyPersonRole.SECURITY_TEAM_MEMBER, null, DemoNames.fullName(random, gender), gender,
                        1965 + random.nextInt(36), teamFrom, area.lastDay());
            }
        }
    }

    /** One holder per term; about half are re-elected for the next term. */
    private void officeHolders(DemoArea area, KeyPersonRole role, int womenPercent) {
        String name = null;
        Gender gender = null;
        int birthYear = 0;
        for (LocalDate[] term : TERMS) {
            LocalDate from = term[0] == null || term[0].isBefore(area.firstDay()) ? area.firstDay() : term[0];
            LocalDate to = area.lastDay() != null && area.lastDay().isBefore(term[1]) ? area.lastDay() : term[1];
            if (to.isBefore(from)) {
                continue;
            }
            if (name == null || random.nextInt(100) >= 55) {
                gender = random.nextInt(100) < womenPercent ? Gender.FEMALE : Gender.MALE;
                name = DemoNames.fullName(random, gender);
                birthYear = 1955 + random.nextInt(31);
            }
            if (role == KeyPersonRole.AREA_HEAD && "14677-001".equals(area.code()) && term[0] != null && term[0].getYear() == 2022) {
                // The demo account thon.dinhhoa belongs to this area's head.
                name = "Vũ Văn Thành";
                gender = Gender.MALE;
            }
            person(area, role, null, name, gender, birthYear, from, to);
        }
    }

    private void person(DemoArea area, KeyPersonRole role, RespectedKind kind, String name, Gender gender, int birthYear,
                        LocalDate from, LocalDate to) {
        keyPeople.add(new Object[]{keyPeople.size() + 1L, area.code(), name, gender.name(), birthYear, role.name(),
                kind == null ? null : kind.name(), from, to, random.nextInt(10) < 7 ? phone() : null,
                searchKey(name), sortKey(name), now});
    }

    private String phone() {
        String[] prefixes = {"091", "094", "098", "097", "086", "088", "083", "035", "036", "037"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%07d", random.nextInt(10_000_000));
    }

    private LocalDate dayBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private String searchKey(String text) {
        return searchKeys.computeIfAbsent(text, VietnameseText::searchKey);
    }

    private String sortKey(String name) {
        return sortKeys.computeIfAbsent(name, HouseholdDraft::personSortKey);
    }
}
