package vn.xomantoan.reporting;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard shows today's Ninh Bình with its 129 communes, and the same figures as the API and the report. */
@IntegrationTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Test
    @SuppressWarnings("unchecked")
    void thisYearsDashboardShowsThe129Communes() throws Exception {
        MvcResult r = mvc.perform(get("/reporting").param("unit", "37").with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn();
        List<?> children = (List<?>) r.getModelAndView().getModel().get("children");
        assertThat(children).hasSize(129);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        int year = LocalDate.now().getYear();
        assertThat(html).contains("id=\"chart-map\"", "echarts", "01/01/" + year, "31/12/" + year, "chưa có dữ liệu");
        // The incidents of the year by commune add up to at most the province's figure.
        String api = mvc.perform(get("/api/v1/indicators/incidents.total?unit=37").with(Users.provinceOfficer()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> values = JsonPath.read(api, "$.children[*].value");
        assertThat(values).hasSize(129);
        long total = ((Number) JsonPath.read(api, "$.value")).longValue();
        assertThat(values.stream().mapToLong(Integer::longValue).sum()).isLessThanOrEqualTo(total);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dashboardFiguresForTheSeedPeriodEqualTheIndicatorApi() throws Exception {
        MvcResult r = mvc.perform(get("/reporting").param("unit", "37").param("from", "01/05/2015").param("to", "31/10/2016")
                .with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String id : List.of("units.residentialAreas", "activities.PROPAGANDA_SESSION", "activities.EMULATION_SIGNING",
                "hotspots.keyAreas", "exemplars.PROVINCE_LIST")) {
            String api = mvc.perform(get("/api/v1/indicators/" + id + "?unit=37&from=01/05/2015&to=31/10/2016").with(Users.provinceOfficer()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            long v = ((Number) JsonPath.read(api, "$.value")).longValue();
            String formatted = String.format("%,d", v).replace(',', '.');
            int row = html.indexOf("id=\"fig-" + id.replace('.', '-') + "\"");
            assertThat(row).as(id).isPositive();
            String cell = html.substring(row, html.indexOf("</tr>", row));
            assertThat(cell).as(id).contains(">" + formatted + "</a>");
        }
        assertThat(html).contains(">1.684</a>", ">150</a>", ">70.000.000 đ</a>");
    }

    @Test
    void areasOfTheSameNameInAMergedCommuneAreToldApartOnTheCharts() throws Exception {
        MvcResult r = mvc.perform(get("/reporting").param("unit", "14677").with(Users.dinhHoaOfficer())).andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The children table (and the charts, drawn from the same list) name each former commune's "Xóm 1" with its code.
        assertThat(html).contains(">Xóm 1 (14677-001)</a>", ">Xóm 1 (14683-001)</a>", ">Xóm 1 (14680-001)</a>")
                .doesNotContain(">Xóm 1</a>");
    }

    @Test
    void outsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/reporting").param("unit", "37").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/activities.SEMINAR?unit=37").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/no.such.indicator?unit=37").with(Users.provinceOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/reporting").with(Users.dinhHoaOfficer())).andExpect(status().isOk());
        mvc.perform(get("/reporting").with(Users.leader())).andExpect(status().isOk());
    }
}
