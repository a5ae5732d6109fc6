package vn.xomantoan.units.reference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.reference.UnitGraph.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the official hierarchy over time from the bundled snapshots of the State catalogue.
 * Each snapshot is the state from its effective date on; a unit whose name, type, parent or
 * territory changed gets a new version, linked to the versions it came from. Ninh Bình has its
 * whole history since 29/11/2012; the rest of the country starts at 01/12/2024 (earlier lists are
 * not bundled). See docs/hierarchy.md.
 */
final class OfficialHierarchy {

    static final String NINH_BINH = "37";
    static final LocalDate NB_START = LocalDate.of(2012, 11, 29);
    /** Tam Điệp became a city (NQ 904/NQ-UBTVQH13 of 10/04/2015); before it was a thị xã. */
    static final LocalDate TAM_DIEP_CITY = LocalDate.of(2015, 4, 10);
    static final LocalDate KIM_SON_2020 = LocalDate.of(2020, 2, 1);
    static final LocalDate NATIONAL_2024 = LocalDate.of(2024, 12, 1);
    static final LocalDate REFORM_2025_01 = LocalDate.of(2025, 1, 1);
    static final LocalDate REFORM_2025_07 = LocalDate.of(2025, 7, 1);

    private static final String BASE = "/reference/units/";

    record Row(String code, String name, UnitLevel level, UnitType type, String parentCode) {
    }

    record Pred(String oldCode, boolean partial, String partNote, String legalBasis) {
    }

    private final UnitGraph graph;
    /** The version of each official code in force after the last applied snapshot. */
    private Map<String, Node> current = new HashMap<>();

    OfficialHierarchy(UnitGraph graph) {
        this.graph = graph;
    }

    Map<String, Node> current() {
        return current;
    }

    void build() {
        List<Row> nb = read("ninh-binh-2015-2020.csv");
        List<Row> nbBefore2015 = nb.stream().map(r -> r.code().equals("370")
                ? new Row("370", "Thị xã Tam Điệp", UnitLevel.DISTRICT, UnitType.THI_XA, r.parentCode()) : r).toList();
        Predicate<Node> inNinhBinh = n -> rootCode(n).equals(NINH_BINH);

        apply(nbBefore2015, NB_START, Map.of(), inNinhBinh);
        apply(nb, TAM_DIEP_CITY, Map.of(), inNinhBinh);

        List<Row> y2024 = read("vn-admin-units-2024.csv");
        Set<String> nbDistricts2024 = new LinkedHashSet<>();
        y2024.stream().filter(r -> NINH_BINH.equals(r.parentCode())).forEach(r -> nbDistricts2024.add(r.code()));
        List<Row> nb2020 = y2024.stream().filter(r -> r.code().equals(NINH_BINH) || nbDistricts2024.contains(r.code())
                || nbDistricts2024.contains(r.parentCode())).toList();
        String nq861 = "Nghị quyết 861/NQ-UBTVQH14";
        Map<String, List<Pred>> kimSon = new HashMap<>();
        kimSon.put("14632", List.of(new Pred("14626", false, null, nq861), new Pred("14632", false, null, nq861)));
        kimSon.put("14659", List.of(new Pred("14659", false, null, nq861), new Pred("14644", true, "Xóm 1, 2, 3", nq861)));
        kimSon.put("14650", List.of(new Pred("14650", false, null, nq861), new Pred("14644", true, "Xóm 4, 5", nq861)));
        apply(nb2020, KIM_SON_2020, kimSon, inNinhBinh);

        apply(y2024, NATIONAL_2024, Map.of(), n -> true);

        Map<String, List<Pred>> hoaLu = readMapping("ninh-binh-2025-01-01-mapping.csv", "Nghị quyết 1318/NQ-UBTVQH15");
        apply(read("vn-admin-units-2025-06-30.csv"), REFORM_2025_01, hoaLu, n -> true);

        List<Row> y2025 = read("vn-admin-units-2025.csv");
        Map<String, List<Pred>> reform = readMapping("vn-admin-units-2025-mapping.csv", null);
        reform.replaceAll((newCode, preds) -> preds.stream().map(p -> new Pred(p.oldCode(), p.partial(), p.partNote(),
                newCode.length() == 5 && inProvince(p.oldCode(), NINH_BINH)
                        ? "Nghị quyết 1674/NQ-UBTVQH15"
                        : "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025")).toList());
        reform.putAll(provinceMapping(y2025, reform));
        apply(y2025, REFORM_2025_07, reform, n -> true);
    }

    /**
     * Applies one snapshot: keeps versions that did not change, opens new ones for those that did,
     * links them to their predecessors and closes what the snapshot no longer lists.
     */
    private void apply(List<Row> rows, LocalDate day, Map<String, List<Pred>> mapping, Predicate<Node> territory) {
        Map<String, Node> previous = current;
        Map<String, Node> next = new HashMap<>(previous);
        Set<String> listed = new LinkedHashSet<>();
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Row::level));
        for (Row r : ordered) {
            listed.add(r.code());
            Node parent = r.parentCode() == null ? null : Objects.requireNonNull(next.get(r.parentCode()), r.parentCode());
            List<Pred> preds = mapping.getOrDefault(r.code(), List.of(new Pred(r.code(), false, null, null)));
            Node old = previous.get(r.code());
            boolean unchanged = old != null && old.to == null && preds.size() == 1 && preds.get(0).oldCode().equals(r.code())
                    && !preds.get(0).partial() && old.name.equals(r.name()) && old.type == r.type() && old.parent == parent;
            if (unchanged) {
                next.put(r.code(), old);
                continue;
            }
            Node created = graph.add(r.code(), true, r.name(), r.type(), parent, day);
            next.put(r.code(), created);
            for (Pred p : preds) {
                Node predecessor = previous.get(p.oldCode());
                if (predecessor == null || predecessor.from.isAfter(day.minusDays(1))) {
                    continue;
                }
                predecessor.to = day.minusDays(1);
                graph.link(predecessor, created, kindOf(p, preds, predecessor, created), day, p.legalBasis(), p.partNote());
            }
        }
        for (Node n : previous.values()) {
            boolean retired = !listed.contains(n.code) && territory.test(n);
            boolean replaced = listed.contains(n.code) && next.get(n.code) != n;
            if (n.to == null && (retired || replaced)) {
                n.to = day.minusDays(1);
            }
            if (retired) {
                next.remove(n.code);
            }
        }
        current = next;
    }

    private static SuccessionKind kindOf(Pred p, List<Pred> preds, Node old, Node created) {
        if (p.partial()) {
            return SuccessionKind.SPLIT;
        }
        if (preds.size() > 1) {
            return SuccessionKind.MERGE;
        }
        if (old.type != created.type) {
            return SuccessionKind.TYPE_CHANGE;
        }
        if (!old.name.equals(created.name)) {
            return SuccessionKind.RENAME;
        }
        return SuccessionKind.TRANSFER;
    }

    /** Provinces of 2025 and the old provinces whose communes they received. */
    private Map<String, List<Pred>> provinceMapping(List<Row> y2025, Map<String, List<Pred>> communeMapping) {
        Map<String, String> provinceOf = new HashMap<>();
        y2025.stream().filter(r -> r.level() == UnitLevel.COMMUNE).forEach(r -> provinceOf.put(r.code(), r.parentCode()));
        Map<String, Set<String>> olds = new LinkedHashMap<>();
        communeMapping.forEach((newCode, preds) -> {
            String newProvince = provinceOf.get(newCode);
            for (Pred p : preds) {
                Node old = current.get(p.oldCode());
                if (newProvince != null && old != null) {
                    olds.computeIfAbsent(newProvince, k -> new LinkedHashSet<>()).add(rootCode(old));
                }
            }
        });
        Map<String, List<Pred>> result = new HashMap<>();
        olds.forEach((np, set) -> result.put(np, set.stream().sorted()
                .map(op -> new Pred(op, false, null, "Nghị quyết 202/2025/QH15")).toList()));
        return result;
    }

    private boolean inProvince(String code, String province) {
        Node n = current.get(code);
        return n != null && rootCode(n).equals(province);
    }

    private static String rootCode(Node n) {
        Node x = n;
        while (x.parent != null) {
            x = x.parent;
        }
        return x.code;
    }

    static List<Row> read(String file) {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord rec : records(file)) {
            UnitLevel level = UnitLevel.valueOf(rec.get("level").toUpperCase());
            String word = rec.get("unit_type");
            UnitType type = level == UnitLevel.PROVINCE && word.equals("Thành phố") ? UnitType.THANH_PHO_TW
                    : UnitType.fromVietnamese(word, level).orElseThrow(() -> new IllegalStateException("type " + word));
            String parent = rec.get("parent_code");
            rows.add(new Row(rec.get("code"), VietnameseText.clean(rec.get("name")), level, type, parent.isEmpty() ? null : parent));
        }
        return rows;
    }

    private static Map<String, List<Pred>> readMapping(String file, String legalBasis) {
        Map<String, List<Pred>> byNew = new LinkedHashMap<>();
        for (CSVRecord rec : records(file)) {
            boolean partial = rec.get("scope").equals("partial");
            byNew.computeIfAbsent(rec.get("new_code"), k -> new ArrayList<>())
                    .add(new Pred(rec.get("old_code"), partial, partial ? "Một phần địa giới" : null, legalBasis));
        }
        return byNew;
    }

    private static List<CSVRecord> records(String file) {
        try (InputStream in = OfficialHierarchy.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
