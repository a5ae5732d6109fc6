package vn.xomantoan.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.domain.Reform;
import vn.xomantoan.units.domain.ReformService;
import vn.xomantoan.units.domain.UnitCommands;
import vn.xomantoan.units.domain.UnitDraft;
import vn.xomantoan.units.domain.UnitQueries;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording reforms: the rules, the versions they create and the children they carry. Each test rolls back. */
@IntegrationTest
@Transactional
class ReformServiceTest {

    private static final LocalDate DAY = LocalDate.now().plusYears(1).withDayOfYear(1);

    @Autowired
    ReformService reforms;
    @Autowired
    UnitCommands commands;
    @Autowired
    UnitQueries units;
    @Autowired
    JdbcClient jdbc;

    private UnitView today(String code) {
        return units.validByCode(code, LocalDate.now()).orElseThrow();
    }

    private long areasUnder(UnitView u, LocalDate date) {
        return units.children(u.id(), date, UnitScope.EVERYTHING).stream()
                .filter(c -> c.level() == UnitLevel.RESIDENTIAL_AREA).count();
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void mergingCommunesClosesThemAndCarriesTheirAreas() {
        UnitView kimDong = today("14698");
        UnitView binhMinh = today("14623");
        long areas = areasUnder(kimDong, LocalDate.now()) + areasUnder(binhMinh, LocalDate.now());

        List<Long> created = reforms.apply(new Reform(DAY, "Nghị quyết thử nghiệm", List.of(kimDong.id(), binhMinh.id()),
                List.of(new Reform.Successor(binhMinh.id(), null, null, null, null, null)), Map.of()));

        UnitView merged = units.byId(created.get(0), UnitScope.EVERYTHING).orElseThrow();
        assertThat(merged.code()).isEqualTo("14623");
        assertThat(merged.validFrom()).isEqualTo(DAY);
        assertThat(units.byId(kimDong.id(), UnitScope.EVERYTHING).orElseThrow().validTo()).isEqualTo(DAY.minusDays(1));
        assertThat(units.predecessors(merged.id())).extracting(SuccessionView::kind).containsOnly(SuccessionKind.MERGE);
        assertThat(areasUnder(merged, DAY)).isEqualTo(areas);
        // The day before, the tree is as it was.
        assertThat(areasUnder(kimDong, DAY.minusDays(1))).isPositive();
        assertThat(units.validByCode("14698", DAY)).isEmpty();
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void splittingACommuneSendsEachAreaWhereTheUserSaid() {
        UnitView kimDong = today("14698");
        List<UnitView> areas = units.children(kimDong.id(), LocalDate.now(), UnitScope.EVERYTHING).stream()
                .filter(c -> c.level() == UnitLevel.RESIDENTIAL_AREA).toList();
        UnitView firstArea = areas.get(0);

        List<Long> created = reforms.apply(new Reform(DAY, null, List.of(kimDong.id()), List.of(
                new Reform.Successor(null, "99001", "Xã Kim Đông Bắc", UnitType.XA, kimDong.parentId(), "Phía bắc"),
                new Reform.Successor(null, "99002", "Xã Kim Đông Nam", UnitType.XA, kimDong.parentId(), "Phía nam")),
                Map.of(firstArea.id(), 1)));

        UnitView north = units.byId(created.get(0), UnitScope.EVERYTHING).orElseThrow();
        UnitView south = units.byId(created.get(1), UnitScope.EVERYTHING).orElseThrow();
        assertThat(units.successors(kimDong.id())).extracting(SuccessionView::kind).containsOnly(SuccessionKind.SPLIT);
        assertThat(units.carryTo(firstArea, DAY)).singleElement().extracting(UnitView::parentId).isEqualTo(south.id());
        assertThat(areasUnder(north, DAY) + areasUnder(south, DAY)).isEqualTo(areas.size());
        assertThat(areasUnder(south, DAY)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void aTypeChangeIsRecordedAsSuch() {
        UnitView nhoQuan = today("14428");
        List<Long> created = reforms.apply(new Reform(DAY, null, List.of(nhoQuan.id()),
                List.of(new Reform.Successor(null, "14428", "Phường Nho Quan", UnitType.PHUONG, nhoQuan.parentId(), null)), Map.of()));
        assertThat(units.predecessors(created.get(0))).singleElement()
                .extracting(SuccessionView::kind).isEqualTo(SuccessionKind.TYPE_CHANGE);
        assertThat(units.validByCode("14428", DAY).orElseThrow().name()).isEqualTo("Phường Nho Quan");
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void aNewUnitMayNotTakeACodeAnotherUnitUsesAtTheSameTime() {
        UnitView kimDong = today("14698");
        long before = count();
        assertThatThrownBy(() -> reforms.apply(new Reform(DAY, null, List.of(kimDong.id()),
                List.of(new Reform.Successor(null, "14677", "Xã Trùng Mã", UnitType.XA, kimDong.parentId(), null)), Map.of())))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.problems())
                        .extracting(ValidationFailure.Problem::messageKey).contains("unit.error.codeOverlap"));
        assertThat(count()).isEqualTo(before);
        assertThat(units.byId(kimDong.id(), UnitScope.EVERYTHING).orElseThrow().validTo()).isNull();
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void aUnitCannotBeMovedUnderItself() {
        UnitView dinhHoa = today("14677");
        UnitView area = units.children(dinhHoa.id(), LocalDate.now(), UnitScope.EVERYTHING).get(0);
        assertThatThrownBy(() -> reforms.apply(new Reform(DAY, null, List.of(dinhHoa.id()),
                List.of(new Reform.Successor(null, "14677", "Xã Định Hóa", UnitType.XA, area.id(), null)), Map.of())))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.problems())
                        .extracting(ValidationFailure.Problem::messageKey).contains("reform.error.cycle"));
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void aReformCannotStartBeforeThePredecessorDid() {
        UnitView dinhHoa = today("14677");
        assertThatThrownBy(() -> reforms.apply(new Reform(LocalDate.of(2025, 7, 1), null, List.of(dinhHoa.id()),
                List.of(new Reform.Successor(null, "14677", "Xã Định Hóa Mới", UnitType.XA, dinhHoa.parentId(), null)), Map.of())))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.problems())
                        .extracting(ValidationFailure.Problem::messageKey).contains("reform.error.predecessorNotValid"));
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void aChildMustFitInsideItsParentsValidity() {
        UnitView kimTan = units.validByCode("14683", LocalDate.of(2016, 1, 1)).orElseThrow();
        assertThatThrownBy(() -> commands.create(new UnitDraft(null, false, "Thôn Mới", UnitType.THON,
                LocalDate.of(2024, 1, 1), null, null, null, null), kimTan.id()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.problems())
                        .extracting(ValidationFailure.Problem::messageKey).contains("unit.error.parentNotValid"));
    }

    @Test
    @WithUserDetails("xa.dinhhoa")
    void aCommuneOfficerAddsAreasInTheirCommuneWithAnOwnCodeButNotElsewhere() {
        UnitView dinhHoa = today("14677");
        long id = commands.create(new UnitDraft(null, false, "Xóm Mới", UnitType.XOM, LocalDate.now(), null, null, null, null),
                dinhHoa.id());
        UnitView created = units.byId(id, UnitScope.EVERYTHING).orElseThrow();
        assertThat(created.code()).startsWith("14677-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'OrgUnit' AND entity_id = :id AND username = 'xa.dinhhoa'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        UnitView phatDiem = today("14620");
        assertThatThrownBy(() -> commands.create(new UnitDraft(null, false, "Xóm Lạ", UnitType.XOM, LocalDate.now(), null,
                null, null, null), phatDiem.id())).isInstanceOf(NotFound.class);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }
}
