package vn.xomantoan.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.domain.UnitQueries;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The official hierarchy over time, as loaded from the bundled catalogue snapshots. */
@IntegrationTest
class HierarchyHistoryTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    UnitQueries units;

    private UnitView on(String code, String date) {
        LocalDate d = LocalDate.parse(date);
        return units.validByCode(code, d).orElseThrow(() -> new AssertionError(code + " not valid on " + date));
    }

    @Test
    void aCodeNamesDifferentUnitsAtDifferentDates() {
        assertThat(on("14632", "2016-06-01").name()).isEqualTo("Xã Chính Tâm");
        assertThat(on("14632", "2021-06-01").name()).isEqualTo("Xã Xuân Chính");
        assertThat(on("14329", "2016-06-01").name()).isEqualTo("Phường Vân Giang");
        assertThat(on("14329", TODAY.toString()).name()).isEqualTo("Phường Hoa Lư");
        assertThat(units.validByCode("14683", TODAY)).isEmpty();
    }

    @Test
    void tamDiepWasATownBeforeBecomingACityIn2015() {
        assertThat(on("370", "2014-01-01").name()).isEqualTo("Thị xã Tam Điệp");
        assertThat(on("370", "2016-01-01").name()).isEqualTo("Thành phố Tam Điệp");
        assertThat(units.successors(on("370", "2014-01-01").id()))
                .extracting(SuccessionView::kind).containsExactly(SuccessionKind.TYPE_CHANGE);
    }

    @Test
    void theCountryTodayHas34ProvincesAnd3321CommunesAndNoDistricts() {
        Map<UnitLevel, Long> counts = units.countsByLevel(TODAY, UnitScope.EVERYTHING);
        assertThat(counts.get(UnitLevel.PROVINCE)).isEqualTo(34);
        assertThat(counts.get(UnitLevel.COMMUNE)).isEqualTo(3321);
        assertThat(counts.get(UnitLevel.DISTRICT)).isNull();
        Map<UnitLevel, Long> before = units.countsByLevel(LocalDate.of(2025, 6, 30), UnitScope.EVERYTHING);
        assertThat(before.get(UnitLevel.PROVINCE)).isEqualTo(63);
        assertThat(before.get(UnitLevel.COMMUNE)).isEqualTo(10035);
    }

    @Test
    void ninhBinhCommuneCountsFollowTheReforms() {
        assertThat(communesOfNinhBinh("2016-10-15")).isEqualTo(145);
        assertThat(communesOfNinhBinh("2020-02-01")).isEqualTo(143);
        assertThat(communesOfNinhBinh("2025-01-01")).isEqualTo(125);
        assertThat(communesOfNinhBinh(TODAY.toString())).isEqualTo(129);
    }

    private long communesOfNinhBinh(String date) {
        UnitView province = on("37", date);
        return units.descendantCounts(province, LocalDate.parse(date)).get(UnitLevel.COMMUNE);
    }

    @Test
    void yenMatWasSplitBetweenKimChinhAndNhuHoaWithItsHamlets() {
        UnitView yenMat = on("14644", "2016-01-01");
        List<SuccessionView> parts = units.successors(yenMat.id());
        assertThat(parts).extracting(SuccessionView::kind).containsOnly(SuccessionKind.SPLIT);
        assertThat(parts).extracting(SuccessionView::otherName).containsExactlyInAnyOrder("Xã Kim Chính", "Xã Như Hòa");
        assertThat(units.carryTo(yenMat, LocalDate.of(2021, 1, 1))).extracting(UnitView::name)
                .containsExactlyInAnyOrder("Xã Kim Chính", "Xã Như Hòa");
        assertThat(units.carryTo(yenMat, TODAY)).extracting(UnitView::name)
                .containsExactlyInAnyOrder("Xã Phát Diệm", "Xã Quang Thiện");
        List<UnitView> hamlets = units.children(yenMat.id(), LocalDate.of(2020, 1, 31), UnitScope.EVERYTHING).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).toList();
        assertThat(hamlets).extracting(UnitView::name).containsExactly("Xóm 1", "Xóm 2", "Xóm 3", "Xóm 4", "Xóm 5");
        UnitView xom4 = hamlets.get(3);
        assertThat(units.carryTo(xom4, LocalDate.of(2021, 1, 1))).singleElement()
                .satisfies(u -> assertThat(units.path(u)).extracting(UnitView::name).contains("Xã Như Hòa"));
    }

    @Test
    void aDistrictAbolishedIn2025IsCarriedThroughItsCommunes() {
        UnitView kimSon = on("376", "2025-03-01");
        assertThat(units.successors(kimSon.id())).isEmpty();
        assertThat(units.carryTo(kimSon, TODAY)).extracting(UnitView::name)
                .contains("Xã Định Hóa", "Xã Phát Diệm", "Xã Kim Đông").hasSize(8);
    }

    @Test
    void residentialAreasAreCarriedIntoTheMergedCommune() {
        UnitView dinhHoa = on("14677", TODAY.toString());
        long areas = units.children(dinhHoa.id(), TODAY, UnitScope.EVERYTHING).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).count();
        long before = 0;
        for (String code : List.of("14677", "14680", "14683")) {
            UnitView old = on(code, "2025-06-30");
            before += units.children(old.id(), LocalDate.of(2025, 6, 30), UnitScope.EVERYTHING).stream()
                    .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).count();
        }
        assertThat(areas).isEqualTo(before).isPositive();
    }

    @Test
    void lineageOfTheNewCommuneReachesItsPredecessors() {
        UnitView dinhHoa = on("14677", TODAY.toString());
        UnitScope scope = UnitScope.of(units.lineagePaths(dinhHoa.id()));
        assertThat(scope.contains(on("14683", "2016-01-01").path())).isTrue();
        assertThat(scope.contains(on("14680", "2016-01-01").path())).isTrue();
        assertThat(scope.contains(on("14620", "2016-01-01").path())).isFalse();
        assertThat(scope.contains(on("376", "2016-01-01").path())).isFalse();
    }
}
