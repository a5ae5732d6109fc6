package vn.xomantoan.reporting;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard shows today's Ninh Bình with its 129 communes, and the same figures as the API and the
 * report. Its body is kept between requests, but never past a change, outside the scope that asked for it,
 * or in another language.
 */
@IntegrationTest
class DashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    @Test
    @SuppressWarnings("unchecked")
    void thisYearsDashboardShowsThe129Communes() throws Exception {
        MvcResult r = mvc.perform(get("/reporting").param("unit", "37").with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String table = html.substring(html.indexOf("id=\"children-table\""), html.indexOf("</table>", html.indexOf("id=\"children-table\"")));
        assertThat(table.split("<tr>", -1)).hasSize(1 + 1 + 129);
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

    @Test
    void aRecordedIncidentShowsOnTheNextDashboardAtOnce() throws Exception {
        long before = incidentsShown(Users.dinhHoaOfficer());
        assertThat(incidentsShown(Users.dinhHoaOfficer())).isEqualTo(before);
        String created = mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("""
                        {"occurredOn":"%s","placeCode":"14677-002","category":"CRIME","subcategory":"CRIME_THEFT","penalArticle":173,"penalClause":1,
                         "status":"VERIFIED","summary":"Trộm cắp xe máy tại nhà dân"}""".formatted(WebDates.format(LocalDate.now())))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        try {
            assertThat(incidentsShown(Users.dinhHoaOfficer())).isEqualTo(before + 1);
        } finally {
            jdbc.sql("DELETE FROM eval_alert WHERE record_id = :id").param("id", String.valueOf(id)).update();
            jdbc.sql("DELETE FROM incident WHERE id = :id").param("id", id).update();
            // The product never deletes an incident; this clean-up says it changed data, as every change does.
            audit.record(AuditAction.DELETE, "Incident", id, "Xoá vụ việc của phép thử", null, null);
        }
    }

    @Test
    void aDashboardSeenByTheProvinceIsNotShownToACommuneOrInAnotherLanguage() throws Exception {
        String vi = mvc.perform(get("/reporting").param("unit", "37").with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("Vụ việc về ANTT");
        mvc.perform(get("/reporting").param("unit", "37").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        String en = mvc.perform(get("/reporting").param("unit", "37").param("lang", "en").with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Security incidents").doesNotContain("Vụ việc về ANTT");
        // Each user's own name stays in the navigation bar around the shared body.
        String leader = mvc.perform(get("/reporting").param("unit", "37").with(Users.leader()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(leader).contains("Đinh Văn Bình").doesNotContain("Nguyễn Văn Hùng");
    }

    private long incidentsShown(org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        String html = mvc.perform(get("/reporting").param("unit", "14677").with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int row = html.indexOf("id=\"fig-incidents-total\"");
        int figure = html.indexOf("figure\"", row);
        String cell = html.substring(figure, html.indexOf("</td>", figure));
        Matcher m = Pattern.compile(">([0-9.]+)</").matcher(cell);
        assertThat(m.find()).as(cell).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }
}
