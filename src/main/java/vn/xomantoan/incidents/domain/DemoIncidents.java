package vn.xomantoan.incidents.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xomantoan.shared.text.VietnameseText;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Synthetic incidents with a fixed seed. Rates are per residential area (0.3–1.2 a year, less for
 * establishments), scaled by a commune factor; the communes with the highest factor are the
 * "complex" ones of 2014–2016 whose rates fall after their transformation. A few serious crimes,
 * fires, a fatal labour accident and security events sit in known places.
 */
final class DemoIncidents {

    record Place(long id, String code, String name, String level, String unitType, LocalDate validFrom,
                 LocalDate validTo, String path) {
        String commune() {
            int dash = code.indexOf('-');
            return dash < 0 ? code : code.substring(0, dash);
        }
    }

    private record Kind(String category, String sub, double weight) {
    }

    private static final long SEED = 20141101L;
    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final LocalDate CODE_2015 = LocalDate.of(2018, 1, 1);
    private static final int COMPLEX_COMMUNES = 27;

    private static final List<Kind> KINDS = List.of(
            new Kind("CRIME", "CRIME_THEFT", 14), new Kind("CRIME", "CRIME_ASSAULT", 5), new Kind("CRIME", "CRIME_GAMBLING", 4),
            new Kind("CRIME", "CRIME_DRUG_POSSESSION", 4), new Kind("CRIME", "CRIME_DRUG_TRAFFICKING", 1.5),
            new Kind("CRIME", "CRIME_FRAUD", 3), new Kind("CRIME", "CRIME_DISORDER", 2.5), new Kind("CRIME", "CRIME_ROBBERY", 1),
            new Kind("CRIME", "CRIME_TRAFFIC", 1), new Kind("SOCIAL_EVIL", "SE_DRUG_USE", 10),
            new Kind("SOCIAL_EVIL", "SE_GAMBLING", 9), new Kind("SOCIAL_EVIL", "SE_PROSTITUTION", 1.5),
            new Kind("SOCIAL_EVIL", "SE_SUPERSTITION", 1.5), new Kind("TRAFFIC_ACCIDENT", "TRAFFIC_ROAD", 14),
            new Kind("FIRE", "FIRE_HOUSE", 4), new Kind("FIRE", "FIRE_FIELD", 2), new Kind("DISPUTE", "DISPUTE_LAND", 5),
            new Kind("DISPUTE", "DISPUTE_OTHER", 2), new Kind("CROWD_COMPLAINT", "COMPLAINT_LAND", 2),
            new Kind("SECURITY_EVENT", "SEC_DISPUTE", 0.5));
    private static final List<Kind> ESTABLISHMENT_KINDS = List.of(
            new Kind("CRIME", "CRIME_THEFT", 6), new Kind("CRIME", "CRIME_FRAUD", 2), new Kind("FIRE", "FIRE_BUSINESS", 3),
            new Kind("LABOUR_ACCIDENT", "LABOUR_PRODUCTION", 3), new Kind("LABOUR_ACCIDENT", "LABOUR_CONSTRUCTION", 2),
            new Kind("ILLEGAL_STRIKE", null, 0.3), new Kind("SCHOOL_VIOLENCE", null, 1.5));
    private static final Map<String, int[]> ARTICLES = Map.of(
            "CRIME_THEFT", new int[]{138, 173}, "CRIME_ASSAULT", new int[]{104, 134}, "CRIME_GAMBLING", new int[]{248, 321},
            "CRIME_DRUG_POSSESSION", new int[]{194, 249}, "CRIME_DRUG_TRAFFICKING", new int[]{194, 251},
            "CRIME_FRAUD", new int[]{139, 174}, "CRIME_DISORDER", new int[]{245, 318}, "CRIME_ROBBERY", new int[]{133, 168},
            "CRIME_TRAFFIC", new int[]{202, 260}, "CRIME_MURDER", new int[]{93, 123});
    private static final Map<String, List<String>> DETAILS = Map.of(
            "CRIME", List.of("đối tượng đã bị bắt giữ", "đang điều tra, xác minh", "đã khởi tố vụ án", "thu giữ tang vật"),
            "SOCIAL_EVIL", List.of("đã lập biên bản xử phạt hành chính", "đã lập hồ sơ quản lý", "phát hiện qua tuần tra"),
            "TRAFFIC_ACCIDENT", List.of("va chạm giữa hai xe máy", "xe máy va chạm ô tô", "người đi bộ bị thương"),
            "FIRE", List.of("đã dập tắt kịp thời", "thiệt hại về tài sản", "nguyên nhân do chập điện"),
            "DISPUTE", List.of("đã hòa giải ở cơ sở", "kéo dài nhiều năm", "đang giải quyết"),
            "CROWD_COMPLAINT", List.of("khiếu nại về bồi thường giải phóng mặt bằng", "đã tiếp dân và giải thích chính sách"),
            "LABOUR_ACCIDENT", List.of("công nhân bị thương khi vận hành máy", "ngã từ giàn giáo"),
            "SECURITY_EVENT", List.of("đã tuyên truyền, vận động", "đang theo dõi, nắm tình hình"));

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;
    private final List<Place> places;
    private final LocalDate today;
    private final Random random = new Random(SEED);
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> clauseClass = new HashMap<>();
    private final Map<String, String> sortKeys = new HashMap<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final LocalDateTime now = LocalDateTime.now();

    DemoIncidents(JdbcTemplate batch, JdbcClient jdbc, List<Place> places, LocalDate today) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.places = places;
        this.today = today;
        jdbc.sql("SELECT code, name_vi FROM incident_reference").query((rs, i) -> names.put(rs.getString(1), rs.getString(2))).list();
        jdbc.sql("SELECT code_name, article, clause, max_months, life_or_death FROM penal_clause").query((rs, i) -> {
            Integer max = rs.getObject(4) == null ? null : rs.getInt(4);
            return clauseClass.put(rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3),
                    vn.xomantoan.incidents.CrimeClass.ofMaximum(max, rs.getBoolean(5)).name());
        }).list();
    }

    int insert() {
        Map<String, Double> communeFactor = communeFactors();
        Map<String, Double> placeRate = new HashMap<>();
        for (Place p : places) {
            double rate = placeRate.computeIfAbsent(p.code(), c -> p.level().equals("ESTABLISHMENT")
                    ? 0.1 + 0.3 * random.nextDouble() : 0.3 + 0.9 * random.nextDouble());
            double factor = communeFactor.getOrDefault(p.commune(), 1.0);
            boolean complex = factor > 1.5;
            for (int year = START.getYear(); year <= today.getYear(); year++) {
                LocalDate from = max(max(LocalDate.of(year, 1, 1), p.validFrom()), START);
                LocalDate to = min(min(LocalDate.of(year, 12, 31), p.validTo() == null ? today : p.validTo()), today);
                if (to.isBefore(from)) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                double trend = year <= 2016 ? 1.0 : Math.pow(0.97, year - 2016) * (complex ? 0.55 : 1.0);
                int n = poisson(rate * factor * trend * days / 365.0);
                for (int k = 0; k < n; k++) {
                    add(p, from.plusDays(random.nextInt((int) days)));
                }
            }
        }
        addKnownEvents();
        batch.batchUpdate("""
                INSERT INTO incident (occurred_on, occurred_at_time, unit_id, place_code, category_code, subcategory_code,
                    penal_article, penal_clause, crime_class, grade_code, serious, force_majeure, handled_promptly,
                    excuse_decided_by, excuse_reason, status, victims, persons_involved, summary, search_key, sort_key,
                    created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    private Map<String, Double> communeFactors() {
        TreeSet<String> communes = new TreeSet<>();
        places.forEach(p -> communes.add(p.commune()));
        Map<String, Double> factors = new HashMap<>();
        for (String c : communes) {
            factors.put(c, Math.exp(0.3 * random.nextGaussian()));
        }
        factors.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(COMPLEX_COMMUNES).forEach(e -> e.setValue(2.0 + e.getValue()));
        return factors;
    }

    private void add(Place p, LocalDate date) {
        Kind kind = pick(p.level().equals("ESTABLISHMENT") ? ESTABLISHMENT_KINDS : KINDS);
        if (kind.category().equals("SCHOOL_VIOLENCE") && !"SCHOOL".equals(p.unitType())) {
            kind = ESTABLISHMENT_KINDS.get(0);
        }
        Integer article = null;
        Integer clause = null;
        String crimeClass = null;
        String grade = null;
        boolean serious = false;
        if (kind.category().equals("CRIME")) {
            boolean newCode = !date.isBefore(CODE_2015);
            article = ARTICLES.get(kind.sub())[newCode ? 1 : 0];
            double r = random.nextDouble();
            clause = r < 0.82 ? 1 : r < 0.97 ? 2 : 3;
            String key = (newCode ? "BLHS2015" : "BLHS1999") + ":" + article + ":" + clause;
            if (!clauseClass.containsKey(key)) {
                clause = 1;
                key = key.substring(0, key.lastIndexOf(':') + 1) + 1;
            }
            crimeClass = clauseClass.get(key);
            serious = !"LESS_SERIOUS".equals(crimeClass);
        } else if (kind.category().equals("FIRE")) {
            double r = random.nextDouble();
            int level = r < 0.72 ? 1 : r < 0.95 ? 2 : r < 0.99 ? 3 : 4;
            grade = "FIRE_L" + level;
            serious = level >= 3;
        } else if (kind.category().equals("TRAFFIC_ACCIDENT")) {
            double r = random.nextDouble();
            grade = r < 0.42 ? "TA_COLLISION" : r < 0.77 ? "TA_LESS_SERIOUS" : r < 0.95 ? "TA_SERIOUS" : r < 0.99 ? "TA_VERY_SERIOUS" : "TA_ESPECIALLY_SERIOUS";
            serious = !grade.equals("TA_COLLISION") && !grade.equals("TA_LESS_SERIOUS");
        } else if (kind.category().equals("LABOUR_ACCIDENT")) {
            double r = random.nextDouble();
            grade = r < 0.62 ? "LA_LIGHT" : r < 0.94 ? "LA_SEVERE" : "LA_FATAL";
            serious = grade.equals("LA_FATAL");
        }
        List<String> details = DETAILS.getOrDefault(kind.category(), List.of("đã xác minh, xử lý"));
        String summary = names.get(kind.sub() == null ? kind.category() : kind.sub()) + " tại " + p.name() + ", "
                + details.get(random.nextInt(details.size()));
        int victims = kind.category().equals("CRIME") || kind.category().equals("TRAFFIC_ACCIDENT")
                || kind.category().equals("LABOUR_ACCIDENT") ? random.nextInt(3) : 0;
        int persons = 1 + random.nextInt(kind.category().equals("CROWD_COMPLAINT") ? 30 : 3);
        String status = date.isBefore(today.minusDays(90)) ? (random.nextInt(5) == 0 ? "VERIFIED" : "CLOSED")
                : (random.nextBoolean() ? "REPORTED" : "VERIFIED");
        row(p, date, LocalTime.of(random.nextInt(24), random.nextInt(4) * 15), kind.category(), kind.sub(), article, clause,
                crimeClass, grade, serious, false, null, null, status, victims, persons, summary);
    }

    private void row(Place p, LocalDate date, LocalTime time, String category, String sub, Integer article, Integer clause,
                     String crimeClass, String grade, boolean serious, boolean prompt, String decidedBy, String reason,
                     String status, int victims, int persons, String summary) {
        String searchKey = IncidentService.searchKey(summary, p.name(), p.code(), names.get(category),
                sub == null ? "" : names.get(sub));
        rows.add(new Object[]{Date.valueOf(date), Time.valueOf(time), p.id(), p.code(), category, sub, article, clause,
                crimeClass, grade, serious, false, prompt, decidedBy, reason, status, victims, persons, summary, searchKey,
                sortKeys.computeIfAbsent(p.name(), VietnameseText::sortKey), Timestamp.valueOf(now), "demo"});
    }

    /** Serious events in known places, so that the criteria and the statistics have something to show. */
    private void addKnownEvents() {
        known("14683-", "RESIDENTIAL_AREA", LocalDate.of(2016, 3, 12), "CRIME", "CRIME_MURDER", 93, 1, null,
                "Giết người do mâu thuẫn gia đình tại {0}; đối tượng đã bị bắt giữ ngay trong ngày", true);
        known("14683-", "RESIDENTIAL_AREA", LocalDate.of(2024, 8, 20), "CRIME", "CRIME_ASSAULT", 134, 3, null,
                "Cố ý gây thương tích tại {0}, một người bị thương nặng", false);
        known("14683-", "RESIDENTIAL_AREA", LocalDate.of(2024, 11, 5), "CRIME", "CRIME_ROBBERY", 168, 1, null,
                "Cướp tài sản tại {0}, đã thu hồi tài sản", false);
        known("14620-", "ESTABLISHMENT", LocalDate.of(2019, 5, 17), "FIRE", "FIRE_BUSINESS", null, null, "FIRE_L3",
                "Cháy xưởng sản xuất tại {0}, thiệt hại khoảng 4 tỷ đồng", false);
        known("14677-", "RESIDENTIAL_AREA", LocalDate.of(2023, 2, 9), "FIRE", "FIRE_HOUSE", null, null, "FIRE_L3",
                "Cháy nhà ở tại {0}, một người tử vong", false);
        known("14602-", "ESTABLISHMENT", LocalDate.of(2021, 9, 28), "LABOUR_ACCIDENT", "LABOUR_CONSTRUCTION", null, null,
                "LA_FATAL", "Tai nạn lao động chết người tại {0}: công nhân ngã từ giàn giáo", false);
        known("147", "RESIDENTIAL_AREA", LocalDate.of(2022, 4, 14), "CRIME", "CRIME_DRUG_TRAFFICKING", 251, 2, null,
                "Mua bán trái phép chất ma túy tại {0}, thu giữ 120 gam heroin", false);
        known("14683-", "RESIDENTIAL_AREA", LocalDate.of(2015, 9, 3), "SECURITY_EVENT", "SEC_EXPLOITATION", null, null, null,
                "Lợi dụng tranh chấp đất đai của giáo xứ kích động tụ tập đông người tại {0}", false);
    }

    private void known(String codePrefix, String level, LocalDate date, String category, String sub, Integer article,
                       Integer clause, String grade, String text, boolean prompt) {
        places.stream()
                .filter(p -> p.code().startsWith(codePrefix) && p.level().equals(level) && !p.validFrom().isAfter(date)
                        && (p.validTo() == null || !p.validTo().isBefore(date)) && !date.isAfter(today))
                .min(Comparator.comparing(Place::code))
                .ifPresent(p -> {
                    String crimeClass = null;
                    boolean serious = grade != null && !grade.equals("FIRE_L1") && !grade.equals("FIRE_L2");
                    if (article != null) {
                        crimeClass = clauseClass.get((date.isBefore(CODE_2015) ? "BLHS1999" : "BLHS2015") + ":" + article + ":" + clause);
                        serious = crimeClass != null && !crimeClass.equals("LESS_SERIOUS");
                    }
                    row(p, date, LocalTime.of(21, 30), category, sub, article, clause, crimeClass, grade, serious, prompt,
                            prompt ? "Trưởng Công an xã" : null,
                            prompt ? "Phát hiện ngay, phối hợp bắt giữ đối tượng và báo cáo Công an huyện trong đêm" : null,
                            "CLOSED", 1, 1, text.replace("{0}", p.name()));
                });
    }

    private Kind pick(List<Kind> kinds) {
        double total = kinds.stream().mapToDouble(Kind::weight).sum();
        double r = random.nextDouble() * total;
        for (Kind k : kinds) {
            r -= k.weight();
            if (r <= 0) {
                return k;
            }
        }
        return kinds.get(kinds.size() - 1);
    }

    private int poisson(double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1.0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
