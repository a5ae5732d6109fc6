package vn.xomantoan.incidents;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Year-over-year tables across the 2025 merger, significance hints, drill-down and export. */
@IntegrationTest
@Transactional
class IncidentStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String stats(String unit, String from, String to, String groupBy, org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/api/v1/incidents/stats").param("unit", unit).param("from", from).param("to", to)
                        .param("compareTo", "previous-year").param("groupBy", groupBy).with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long count(String json, String code, String field) {
        List<Number> values = JsonPath.read(json, "$.rows[?(@.code == '" + code + "')]." + field);
        assertThat(values).hasSize(1);
        return values.get(0).longValue();
    }

    /** 2024 incidents in the areas that belonged to Định Hóa, Kim Tân or Văn Hải (by their stable codes). */
    private long incidents2024InNewDinhHoa() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM incident i
                        WHERE i.occurred_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'
                          AND i.place_code IN (SELECT v.code FROM unit_version v JOIN unit_version c ON v.path LIKE c.path || '%'
                                               WHERE c.code = '14677' AND c.valid_from <= DATE '2025-12-31'
                                                 AND (c.valid_to IS NULL OR c.valid_to >= DATE '2025-12-31'))""")
                .query(Long.class).single();
    }

    @Test
    void kimTansIncidentsOf2024CountForDinhHoaWhenComparing2025With2024() throws Exception {
        String json = stats("37", "01/01/2025", "31/12/2025", "child", Users.provinceOfficer());
        assertThat(JsonPath.<List<?>>read(json, "$.rows")).hasSize(129);
        assertThat(JsonPath.<String>read(json, "$.hierarchyOn")).isEqualTo("2025-12-31");
        long previous = count(json, "14677", "previous");
        assertThat(previous).isEqualTo(incidents2024InNewDinhHoa());
        long kimTan2024 = jdbc.sql("SELECT COUNT(*) FROM incident WHERE place_code LIKE '14683-%' AND occurred_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'")
                .query(Long.class).single();
        assertThat(kimTan2024).isPositive();
        assertThat(previous).isGreaterThan(kimTan2024);

        // One more incident in a Kim Tân area in 2024 moves Định Hóa's figure for last year by exactly one.
        long kimTanArea = jdbc.sql("SELECT id FROM unit_version WHERE code = '14683-003' AND valid_from <= DATE '2024-05-01' AND (valid_to IS NULL OR valid_to >= DATE '2024-05-01')")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO incident (occurred_on, unit_id, place_code, category_code, status, summary, search_key, sort_key, created_at, created_by)
                VALUES (DATE '2024-05-01', :u, '14683-003', 'DISPUTE', 'CLOSED', 'x', 'x', 'x', CURRENT_TIMESTAMP, 'test')""")
                .param("u", kimTanArea).update();
        String after = stats("37", "01/01/2025", "31/12/2025", "child", Users.provinceOfficer());
        assertThat(count(after, "14677", "previous")).isEqualTo(previous + 1);
        assertThat(JsonPath.<Number>read(after, "$.total.previous").longValue())
                .isEqualTo(JsonPath.<Number>read(json, "$.total.previous").longValue() + 1);
        // The commune officer of the new Định Hóa sees the same figure for their commune, by area.
        String own = stats("14677", "01/01/2025", "31/12/2025", "child", Users.dinhHoaOfficer());
        assertThat(JsonPath.<Number>read(own, "$.total.previous").longValue()).isEqualTo(previous + 1);
        assertThat(count(own, "14683-003", "previous")).isPositive();
    }

    @Test
    void in2016TheProvinceTableIsByDistrictAndAddsUp() throws Exception {
        String json = stats("37", "01/01/2016", "31/12/2016", "child", Users.provinceOfficer());
        List<String> names = JsonPath.read(json, "$.rows[*].name");
        assertThat(names).hasSize(8).contains("Huyện Kim Sơn", "Thành phố Ninh Bình");
        long total2016 = jdbc.sql("SELECT COUNT(*) FROM incident WHERE occurred_on BETWEEN DATE '2016-01-01' AND DATE '2016-12-31'")
                .query(Long.class).single();
        assertThat(JsonPath.<Number>read(json, "$.total.current").longValue()).isEqualTo(total2016);
        String byCategory = stats("37", "01/01/2016", "31/12/2016", "category", Users.provinceOfficer());
        assertThat(JsonPath.<Number>read(byCategory, "$.total.current").longValue()).isEqualTo(total2016);
        assertThat(count(byCategory, "CRIME", "current")).isPositive();
    }

    @Test
    void smallChangesAreNotAlarming() throws Exception {
        String json = stats("14677", "01/01/2025", "31/12/2025", "child", Users.dinhHoaOfficer());
        List<Number> currents = JsonPath.read(json, "$.rows[*].current");
        List<Number> previous = JsonPath.read(json, "$.rows[*].previous");
        List<String> hints = JsonPath.read(json, "$.rows[*].assessment");
        for (int i = 0; i < hints.size(); i++) {
            if (currents.get(i).longValue() + previous.get(i).longValue() > 0 && currents.get(i).longValue() + previous.get(i).longValue() <= 5) {
                assertThat(hints.get(i)).isEqualTo("không có ý nghĩa thống kê");
            }
        }
    }

    @Test
    void everyNumberLinksToTheRecordsBehindIt() throws Exception {
        String json = stats("37", "01/01/2016", "31/12/2016", "child", Users.provinceOfficer());
        long kimSon = JsonPath.<List<Number>>read(json, "$.rows[?(@.code == '376')].current").get(0).longValue();
        long kimSonId = jdbc.sql("SELECT id FROM unit_version WHERE code = '376' AND valid_from <= DATE '2016-12-31' AND (valid_to IS NULL OR valid_to >= DATE '2016-12-31')")
                .query(Long.class).single();
        mvc.perform(get("/incidents/stats").param("unit", "37").param("from", "01/01/2016").param("to", "31/12/2016")
                        .with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huyện Kim Sơn")))
                .andExpect(content().string(containsString("/incidents?unit=" + kimSonId + "&amp;asOf=2016-12-31&amp;from=2016-01-01&amp;to=2016-12-31")));
        mvc.perform(get("/incidents").param("unit", String.valueOf(kimSonId)).param("asOf", "2016-12-31")
                        .param("from", "2016-01-01").param("to", "2016-12-31").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(java.text.NumberFormat.getIntegerInstance(java.util.Locale.GERMANY).format(kimSon) + " bản ghi")));
        byte[] xlsx = mvc.perform(get("/incidents/stats.xlsx").param("unit", "37").param("from", "01/01/2016").param("to", "31/12/2016")
                        .with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).startsWith("Kỳ này");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    void outOfScopeUnitsAnswerNotFound() throws Exception {
        mvc.perform(get("/api/v1/incidents/stats").param("unit", "14620").param("from", "01/01/2026").param("to", "31/10/2026")
                .with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/stats").param("unit", "37").param("from", "01/01/2026").param("to", "31/10/2026")
                .with(Users.leader())).andExpect(status().isForbidden());
        assertThat(LocalDate.now()).isAfter(LocalDate.of(2025, 7, 1));
    }
}
