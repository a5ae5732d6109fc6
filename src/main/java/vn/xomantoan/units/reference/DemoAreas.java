package vn.xomantoan.units.reference;

import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.reference.UnitGraph.Link;
import vn.xomantoan.units.reference.UnitGraph.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic residential areas and establishments for the demo: 1,684 residential areas over the 145
 * communes of Ninh Bình as of 2015–2016 (xóm in Kim Sơn, tổ dân phố in wards and towns, thôn
 * elsewhere), residential areas for the Hà Nam and Nam Định parts of the new province, a plausible
 * set of establishments per commune, all carried through the reforms. Fixed seed: the same data
 * every time.
 */
final class DemoAreas {

    static final int NINH_BINH_AREAS_2016 = 1684;
    private static final long SEED = 20161024L;
    private static final String KIM_SON = "376";
    private static final String YEN_MAT = "14644";
    private static final List<String> HAMLET_NAMES = List.of(
            "Đông", "Đoài", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Phú Lộc", "An Ninh", "Yên Thịnh", "Bình Hòa",
            "Tân Hưng", "Phúc Lộc", "Đồng Tâm", "Quyết Thắng", "Thành Công", "Tiền Phong", "Hợp Tiến", "Đại Đồng",
            "Văn Phong", "Xuân Thành", "Liên Phương", "Hòa Lạc", "Kim Ngân", "Vĩnh Ninh", "Trung Hậu", "Mỹ Hạ",
            "Thanh Bình", "Đông Hạ", "Bắc Thượng", "Tân Thịnh", "Phú Hào", "Lạc Hiền", "Nội Lâm", "Ngoại Lâm",
            "Đa Giá", "Thiện Hối", "Sơn Hà", "Cổ Đà", "Hải Nạp", "Yên Trạch", "Phù Sa", "Đức Hậu", "An Khoái");
    private static final List<String> TRADES = List.of(
            "May mặc", "Xây dựng", "Thương mại dịch vụ", "Vật liệu xây dựng", "Chế biến nông sản", "Cơ khí",
            "Vận tải", "Thủy sản", "Giày da", "Điện tử");
    private static final List<String> SAINTS = List.of(
            "Thánh Giuse", "Thánh Phêrô", "Đức Mẹ Mân Côi", "Thánh Tâm", "Thánh Phaolô", "Thánh Gioan",
            "Thánh Antôn", "Đức Mẹ Lộ Đức");

    private final UnitGraph graph;
    private final Random random = new Random(SEED);

    DemoAreas(UnitGraph graph) {
        this.graph = graph;
    }

    /** Residential areas and establishments for the communes of Ninh Bình (2012) and of Hà Nam and Nam Định (06/2025). */
    void generate() {
        List<Node> nbCommunes = communes(n -> provinceCode(n).equals(OfficialHierarchy.NINH_BINH)
                && n.from.equals(OfficialHierarchy.NB_START));
        int[] counts = areaCounts(nbCommunes);
        for (int i = 0; i < nbCommunes.size(); i++) {
            Node c = nbCommunes.get(i);
            addAreas(c, counts[i], areaType(c, false));
            addEstablishments(c);
        }
        LocalDate lastThreeTier = OfficialHierarchy.REFORM_2025_07.minusDays(1);
        for (String province : List.of("35", "36")) {
            for (Node c : communes(n -> provinceCode(n).equals(province) && n.validOn(lastThreeTier))) {
                int n = c.type == UnitType.PHUONG ? 6 + random.nextInt(8) : 5 + random.nextInt(10);
                addAreas(c, n, areaType(c, province.equals("36")));
                addEstablishments(c);
            }
        }
        carryThroughReforms();
    }

    private List<Node> communes(java.util.function.Predicate<Node> filter) {
        List<Node> result = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n.type.level() == UnitLevel.COMMUNE && filter.test(n)) {
                result.add(n);
            }
        }
        result.sort(Comparator.comparing(n -> n.code));
        return result;
    }

    /** Random counts per commune, adjusted so they add up to exactly the province's figure. */
    private int[] areaCounts(List<Node> communes) {
        int[] counts = new int[communes.size()];
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            Node c = communes.get(i);
            counts[i] = c.code.equals(YEN_MAT) ? 5 : c.type == UnitType.XA ? 7 + random.nextInt(12) : 8 + random.nextInt(9);
            sum += counts[i];
        }
        while (sum != NINH_BINH_AREAS_2016) {
            int i = random.nextInt(counts.length);
            if (communes.get(i).code.equals(YEN_MAT)) {
                continue;
            }
            int step = sum < NINH_BINH_AREAS_2016 ? 1 : -1;
            if (counts[i] + step >= 4 && counts[i] + step <= 22) {
                counts[i] += step;
                sum += step;
            }
        }
        return counts;
    }

    private UnitType areaType(Node commune, boolean namDinh) {
        if (commune.type == UnitType.PHUONG || commune.type == UnitType.THI_TRAN) {
            return UnitType.TO_DAN_PHO;
        }
        boolean kimSon = commune.parent != null && commune.parent.code.equals(KIM_SON);
        return kimSon || namDinh ? UnitType.XOM : UnitType.THON;
    }

    private void addAreas(Node commune, int count, UnitType type) {
        List<String> names = new ArrayList<>(HAMLET_NAMES);
        Collections.shuffle(names, random);
        for (int k = 1; k <= count; k++) {
            String name = switch (type) {
                case THON -> k <= names.size() ? "Thôn " + names.get(k - 1) : "Thôn " + k;
                case XOM -> "Xóm " + k;
                default -> "Tổ dân phố " + k;
            };
            graph.add(commune.code + "-" + String.format("%03d", k), false, name, type, commune, commune.from);
        }
    }

    private void addEstablishments(Node commune) {
        String place = commune.shortName();
        String prefix = commune.type == UnitType.PHUONG ? "phường" : commune.type == UnitType.THI_TRAN ? "thị trấn" : "xã";
        boolean kimSon = commune.parent != null && commune.parent.code.equals(KIM_SON);
        boolean catholic = kimSon || (provinceCode(commune).equals("36") && random.nextInt(3) == 0);
        int[] seq = {0};
        add(commune, seq, "Ủy ban nhân dân " + prefix + " " + place, UnitType.AGENCY, null, null);
        add(commune, seq, "Trạm Y tế " + prefix + " " + place, UnitType.AGENCY, null, null);
        add(commune, seq, "Trường Mầm non " + place, UnitType.SCHOOL, null, SchoolLevel.PRESCHOOL);
        add(commune, seq, "Trường Tiểu học " + place, UnitType.SCHOOL, null, SchoolLevel.PRIMARY);
        add(commune, seq, "Trường THCS " + place, UnitType.SCHOOL, null, SchoolLevel.LOWER_SECONDARY);
        if (random.nextInt(5) == 0) {
            add(commune, seq, "Trường THPT " + place, UnitType.SCHOOL, null, SchoolLevel.UPPER_SECONDARY);
        }
        int enterprises = random.nextInt(4);
        for (int k = 0; k < enterprises; k++) {
            String trade = kimSon && k == 0 ? "Cói mỹ nghệ" : TRADES.get(random.nextInt(TRADES.size()));
            int r = random.nextInt(100);
            EnterpriseSize size = r < 40 ? EnterpriseSize.MICRO : r < 75 ? EnterpriseSize.SMALL : r < 93 ? EnterpriseSize.MEDIUM : EnterpriseSize.LARGE;
            String form = size == EnterpriseSize.LARGE || size == EnterpriseSize.MEDIUM ? "Công ty Cổ phần " : "Công ty TNHH ";
            add(commune, seq, form + trade + " " + place + (k > 0 ? " " + (k + 1) : ""), UnitType.ENTERPRISE, size, null);
        }
        if (commune.code.equals("14620")) {
            add(commune, seq, "Nhà thờ Chính tòa Phát Diệm", UnitType.PARISH_CHURCH, null, null);
        }
        if (commune.code.equals("14533")) {
            add(commune, seq, "Đền Vua Đinh Tiên Hoàng", UnitType.TEMPLE, null, null);
        }
        if (commune.code.equals("14521")) {
            add(commune, seq, "Chùa Bái Đính", UnitType.PAGODA, null, null);
        }
        if (catholic) {
            int parishes = 1 + random.nextInt(3);
            List<String> saints = new ArrayList<>(SAINTS);
            Collections.shuffle(saints, random);
            for (int k = 0; k < parishes; k++) {
                add(commune, seq, "Nhà thờ giáo xứ " + (k == 0 ? place : saints.get(k)), UnitType.PARISH_CHURCH, null, null);
            }
        }
        if (!kimSon || random.nextBoolean()) {
            add(commune, seq, "Chùa " + place, UnitType.PAGODA, null, null);
        }
    }

    private void add(Node commune, int[] seq, String name, UnitType type, EnterpriseSize size, SchoolLevel school) {
        seq[0]++;
        Node n = graph.add(commune.code + "-E" + String.format("%03d", seq[0]), false, name, type, commune, commune.from);
        n.enterpriseSize = size;
        n.schoolLevel = school;
    }

    /** Every commune version that ended hands its residential areas and establishments to its successors. */
    private void carryThroughReforms() {
        List<Node> ended = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n.type.level() == UnitLevel.COMMUNE && n.to != null) {
                ended.add(n);
            }
        }
        ended.sort(Comparator.comparing((Node n) -> n.to).thenComparing(n -> n.code));
        for (Node commune : ended) {
            List<Node> open = commune.children.stream().filter(c -> c.to == null || c.to.isAfter(commune.to)).toList();
            if (open.isEmpty()) {
                continue;
            }
            Set<Link> links = new LinkedHashSet<>(commune.outgoing);
            List<Link> targets = links.stream().filter(l -> l.successor().type.level() == UnitLevel.COMMUNE).toList();
            LocalDate day = commune.to.plusDays(1);
            if (targets.isEmpty()) {
                open.forEach(c -> c.to = commune.to);
                continue;
            }
            List<Node> areas = open.stream().filter(c -> c.type.level() == UnitLevel.RESIDENTIAL_AREA).toList();
            for (int i = 0; i < open.size(); i++) {
                Node child = open.get(i);
                Node target = targets.size() == 1 ? targets.get(0).successor() : targetOf(child, areas, targets, i);
                graph.carry(child, target, day);
            }
        }
    }

    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    /** In a split, the part note ("Xóm 1, 2, 3") says where an area goes; otherwise areas are shared out in order. */
    private static Node targetOf(Node child, List<Node> areas, List<Link> targets, int index) {
        Matcher own = NUMBERS.matcher(child.name);
        if (child.type.level() == UnitLevel.RESIDENTIAL_AREA && own.find()) {
            String number = own.group();
            for (Link l : targets) {
                if (l.partNote() != null && NUMBERS.matcher(l.partNote()).results().anyMatch(m -> m.group().equals(number))) {
                    return l.successor();
                }
            }
        }
        int position = child.type.level() == UnitLevel.RESIDENTIAL_AREA ? areas.indexOf(child) : index;
        int share = Math.max(1, (int) Math.ceil((double) Math.max(1, areas.size()) / targets.size()));
        return targets.get(Math.min(targets.size() - 1, position / share)).successor();
    }

    private static String provinceCode(Node n) {
        Node x = n;
        while (x.parent != null) {
            x = x.parent;
        }
        return x.code;
    }
}
