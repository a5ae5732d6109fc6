package vn.xomantoan.hotspots;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hot-spot list filtered by unit subtree and period, sorted in Vietnamese order; old parameters still work. */
@IntegrationTest
class HotspotListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String api(String query) throws Exception {
        return mvc.perform(get("/api/v1/hotspots?" + query).with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long total(String json) {
        return ((Number) JsonPath.read(json, "$.total")).longValue();
    }

    @Test
    void theUnitFilterKeepsHotSpotsCoveringTheUnitsSubtree() throws Exception {
        // A key-area commune of the 2015 programme, and the district it belonged to then.
        record Covered(String code, String path, String parentCode) {
        }
        Covered commune = jdbc.sql("""
                        SELECT u.code, u.path, p.code AS parent_code FROM hotspot h JOIN hotspot_unit hu ON hu.hotspot_id = h.id
                        JOIN unit_version u ON u.id = hu.unit_id JOIN unit_version p ON p.id = u.parent_id
                        WHERE h.programme_role = 'KEY_AREA' ORDER BY h.id LIMIT 1""")
                .query(Covered.class).single();
        String districtPath = commune.path().substring(0, commune.path().length() - 1);
        districtPath = districtPath.substring(0, districtPath.lastIndexOf('/') + 1);
        long expected = jdbc.sql("""
                        SELECT COUNT(DISTINCT hu.hotspot_id) FROM hotspot_unit hu JOIN unit_version u ON u.id = hu.unit_id
                        WHERE u.path LIKE :p""").param("p", districtPath + "%").query(Long.class).single();
        String all = api("size=1");
        String district = api("unit=" + commune.parentCode() + "&to=31/12/2015&size=200");
        assertThat(total(district)).isEqualTo(expected).isPositive().isLessThan(total(all));
        List<Integer> ids = JsonPath.read(district, "$.items[*].id");
        for (Integer id : ids) {
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM hotspot_unit hu JOIN unit_version u ON u.id = hu.unit_id
                            WHERE hu.hotspot_id = :id AND u.path LIKE :p""")
                    .param("id", id).param("p", districtPath + "%").query(Long.class).single()).isPositive();
        }
        // A unit outside the caller's scope is not found, as everywhere else.
        mvc.perform(get("/api/v1/hotspots?unit=14620").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void thePeriodFilterKeepsHotSpotsThatWereOnTheListDuringThePeriod() throws Exception {
        long designatedBefore2015 = jdbc.sql("SELECT COUNT(*) FROM hotspot WHERE decision_date <= DATE '2014-12-31'")
                .query(Long.class).single();
        assertThat(total(api("from=01/01/2014&to=31/12/2014"))).isEqualTo(designatedBefore2015);
        long stillListed2018 = jdbc.sql("SELECT COUNT(*) FROM hotspot WHERE delisting_date IS NULL OR delisting_date >= DATE '2018-01-01'")
                .query(Long.class).single();
        long delisted2017 = jdbc.sql("SELECT COUNT(*) FROM hotspot WHERE delisting_date < DATE '2018-01-01'").query(Long.class).single();
        assertThat(delisted2017).isPositive();
        assertThat(total(api("from=01/01/2018"))).isEqualTo(stillListed2018);
        assertThat(total(api("from=01/01/2016&to=31/12/2016&programme=2015-2016&kind=KEY_AREA"))).isEqualTo(48);
        mvc.perform(get("/api/v1/hotspots?from=31/12/2016&to=01/01/2016").with(Users.provinceOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to", containsString("Ngày đầu kỳ")));
        mvc.perform(get("/api/v1/hotspots?from=32/13/2016").with(Users.provinceOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from", containsString("32/13/2016")));
    }

    @Test
    void namesComeInVietnameseOrderAndOtherOrdersAreOffered() throws Exception {
        String byName = api("sort=name&size=200");
        List<String> names = JsonPath.read(byName, "$.items[*].name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(VietnameseText.comparator());
        assertThat(names).hasSize(200).isEqualTo(sorted);
        // Vietnamese order puts "Điểm ...", "Địa bàn ..." (Đ follows D) before "Khu dân cư ...";
        // plain code-point order would put Đ (U+0110) after every Latin letter.
        assertThat(indexOfFirst(names, "Đ")).isNotNegative();
        assertThat(indexOfFirst(names, "Khu")).isGreaterThan(indexOfLast(names, "Đ"));
        assertThat(JsonPath.<List<String>>read(api("size=200"), "$.items[*].name")).isEqualTo(names);

        List<String> dates = JsonPath.read(api("sort=date&size=200"), "$.items[*].decisionDate");
        List<String> newestFirst = new ArrayList<>(dates);
        newestFirst.sort(java.util.Comparator.comparing((String d) -> LocalDate.parse(d)).reversed());
        assertThat(dates).isEqualTo(newestFirst);
        mvc.perform(get("/api/v1/hotspots?sort=place&size=5").with(Users.provinceOfficer())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/hotspots?sort=random").with(Users.provinceOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort", containsString("Không có cách sắp xếp")));
    }

    private static int indexOfFirst(List<String> names, String prefix) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLast(List<String> names, String prefix) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theWebListFiltersByUnitPeriodAndSortAndKeepsThemInLinks() throws Exception {
        mvc.perform(get("/hotspots").param("unit", "14677").param("from", "01/01/2016").param("to", "31/12/2016")
                        .param("sort", "date").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"14677\"")))
                .andExpect(content().string(containsString("Quyết định mới nhất trước")))
                .andExpect(content().string(containsString("unit=14677")))
                .andExpect(content().string(not(containsString("Phát Diệm"))));
        mvc.perform(get("/hotspots").param("from", "hôm qua").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("không hợp lệ")));
        mvc.perform(get("/hotspots").param("kind", "KEY_AREA").param("q", "dia ban").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa bàn trọng điểm phức tạp về ANTT")));
        byte[] xlsx = mvc.perform(get("/hotspots/export.xlsx").param("from", "01/01/2018").with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat((long) wb.getSheetAt(0).getLastRowNum()).isEqualTo(total(api("from=01/01/2018")));
        }
    }
}
