package vn.xomantoan.hotspots;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hot spots from designation to de-listing, the 2015–2016 programme, before/after figures and access. */
@IntegrationTest
@Transactional
class HotspotTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long hotspots() {
        return jdbc.sql("SELECT COUNT(*) FROM hotspot").query(Long.class).single();
    }

    @Test
    void theProgrammeViewCountsKeyAreasPilotCommunesAndSelectedVillages() throws Exception {
        mvc.perform(get("/hotspots/programme").param("code", "2015-2016").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chương trình 2015-2016: 27 địa bàn trọng điểm, 21 xã thí điểm, 164 khu dân cư được khảo sát, lựa chọn.")))
                .andExpect(content().string(containsString("Đã đưa ra khỏi danh sách")));
        byte[] xlsx = mvc.perform(get("/hotspots/export.xlsx").param("kind", "KEY_AREA").param("programme", "2015-2016")
                        .with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên địa bàn");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(48);
        }
    }

    @Test
    void aHotSpotIsFollowedFromDesignationToDelistingWithItsFigures() throws Exception {
        String created = mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Tụ điểm phức tạp bến xe Định Hóa","kind":"COMPLEX_SPOT","decisionNo":"12/QĐ-CAX",
                         "decisionDate":"01/03/2025","authority":"Công an xã Định Hóa","unitCodes":["14683-003"]}""")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long before = jdbc.sql("SELECT COUNT(*) FROM incident WHERE place_code = '14683-003' AND occurred_on BETWEEN DATE '2024-03-01' AND DATE '2025-02-28'")
                .query(Long.class).single();
        mvc.perform(post("/hotspots/" + id + "/measures").param("measure", "Tuần tra ban đêm").param("responsible", "Công an xã")
                .param("deadline", "30/06/2026").with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/hotspots/" + id + "/progress").param("reportedOn", "30/10/2026").param("assessment", "ACHIEVED")
                .param("note", "Không phát sinh vụ việc mới").with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().is3xxRedirection());
        long after = jdbc.sql("SELECT COUNT(*) FROM incident WHERE place_code = '14683-003' AND occurred_on BETWEEN DATE '2025-10-31' AND DATE '2026-10-30'")
                .query(Long.class).single();
        String detail = mvc.perform(get("/api/v1/hotspots/" + id).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hotspot.status").value("TRANSFORMED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(detail, "$.progress[0].figures.before")).longValue()).isEqualTo(before);
        assertThat(((Number) JsonPath.read(detail, "$.progress[0].figures.after")).longValue()).isEqualTo(after);
        long rowVersion = ((Number) JsonPath.read(detail, "$.hotspot.rowVersion")).longValue();
        mvc.perform(post("/hotspots/" + id + "/delist").param("rowVersion", String.valueOf(rowVersion)).param("delistingNo", "20/QĐ-UBND")
                .param("delistingDate", "15/11/2026").param("delistingAuthority", "Ủy ban nhân dân xã Định Hóa")
                .with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/hotspots/" + id).with(Users.dinhHoaOfficer()))
                .andExpect(content().string(containsString("Đã đưa ra khỏi danh sách")))
                .andExpect(content().string(containsString("20/QĐ-UBND")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Hotspot' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void badDesignationsStoreNothingAndAccessIsScoped() throws Exception {
        long before = hotspots();
        mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Địa bàn lạ","kind":"KEY_AREA","decisionNo":"1/QĐ","decisionDate":"01/03/2025",
                         "authority":"UBND","unitCodes":["14620"]}""").with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.unitCodes", containsString("14620")));
        mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Địa bàn","kind":"KEY_AREA","decisionNo":"1/QĐ","decisionDate":"01/03/2025",
                         "authority":"UBND","unitCodes":["14677"]}""").with(Users.areaHead()))
                .andExpect(status().isForbidden());
        assertThat(hotspots()).isEqualTo(before);
        long phatDiemSpot = jdbc.sql("""
                SELECT MIN(h.id) FROM hotspot h JOIN hotspot_unit hu ON hu.hotspot_id = h.id WHERE hu.unit_code LIKE '14620%'""")
                .query(Long.class).optional().orElse(null) == null ? -1
                : jdbc.sql("SELECT MIN(h.id) FROM hotspot h JOIN hotspot_unit hu ON hu.hotspot_id = h.id WHERE hu.unit_code LIKE '14620%'").query(Long.class).single();
        if (phatDiemSpot > 0) {
            mvc.perform(get("/hotspots/" + phatDiemSpot).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/hotspots").with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hotspots").with(Users.areaHead())).andExpect(status().isForbidden());
    }

    private static String designation(String kind, String date, String code) {
        return """
                {"name":"Tụ điểm phức tạp chợ đêm","kind":"%s","decisionNo":"5/QĐ-CAX","decisionDate":"%s",
                 "authority":"Công an xã Định Hóa","unitCodes":["%s"]}""".formatted(kind, date, code);
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() throws Exception {
        long before = hotspots();
        long auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Hotspot'").query(Long.class).single();
        // Unknown kind (category).
        mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON)
                        .content(designation("UFO_SPOT", "01/03/2026", "14677-001")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind", containsString("Loại địa bàn \"UFO_SPOT\" không có trong danh mục")));
        // Kim Tân (14683) was merged into Định Hóa on 01/07/2025: on a 2026 decision date it no longer exists.
        mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON)
                        .content(designation("COMPLEX_SPOT", "01/03/2026", "14683")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.unitCodes", containsString("không tồn tại vào ngày quyết định 01/03/2026")));
        // A place outside the officer's commune.
        mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON)
                        .content(designation("COMPLEX_SPOT", "01/03/2026", "14620-001")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.unitCodes", containsString("không thuộc địa bàn bạn quản lý")));
        // The same through the web form: messages next to the fields, what was typed kept.
        mvc.perform(post("/hotspots/new").param("name", "Tụ điểm phức tạp chợ đêm").param("kind", "UFO_SPOT")
                        .param("decisionNo", "5/QĐ-CAX").param("decisionDate", "01/03/2026").param("authority", "Công an xã")
                        .param("unitCodes", "14620-001").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-error\" class=\"field-error\">Loại địa bàn &quot;UFO_SPOT&quot; không có trong danh mục")))
                .andExpect(content().string(containsString("không thuộc địa bàn bạn quản lý")))
                .andExpect(content().string(containsString("Tụ điểm phức tạp chợ đêm")));
        assertThat(hotspots()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Hotspot'").query(Long.class).single()).isEqualTo(auditBefore);
    }

    @Test
    void twoOfficersDelistingFromTheSameVersionGetOneDecisionAndAClearMessage() throws Exception {
        String created = mvc.perform(post("/api/v1/hotspots").contentType(MediaType.APPLICATION_JSON)
                        .content(designation("COMPLEX_SPOT", "01/03/2025", "14677-001")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long version = jdbc.sql("SELECT row_version FROM hotspot WHERE id = :id").param("id", id).query(Long.class).single();
        mvc.perform(post("/hotspots/" + id + "/delist").param("rowVersion", String.valueOf(version)).param("delistingNo", "20/QĐ-UBND")
                .param("delistingDate", "15/11/2025").param("delistingAuthority", "Ủy ban nhân dân xã Định Hóa")
                .with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/hotspots/" + id + "/delist").param("rowVersion", String.valueOf(version)).param("delistingNo", "99/QĐ-UBND")
                        .param("delistingDate", "20/11/2025").param("delistingAuthority", "Ủy ban nhân dân tỉnh")
                        .with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("actionErrors", org.hamcrest.Matchers.hasValue(containsString("đã được đưa ra khỏi danh sách"))));
        assertThat(jdbc.sql("SELECT delisting_no FROM hotspot WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("20/QĐ-UBND");
    }
}
