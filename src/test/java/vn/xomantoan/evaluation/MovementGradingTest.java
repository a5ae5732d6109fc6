package vn.xomantoan.evaluation;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Movement grading: points decide the grade where the province has a scheme; the level above grades; audited. */
@IntegrationTest
@Transactional
class MovementGradingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static String json(String unit, int year, String grade, Integer points) {
        return "{\"unit\":\"" + unit + "\",\"year\":" + year + (grade == null ? "" : ",\"grade\":\"" + grade + "\"")
                + (points == null ? "" : ",\"points\":" + points) + ",\"note\":\"Họp Ban chỉ đạo xã\"}";
    }

    private long grades() {
        return jdbc.sql("SELECT COUNT(*) FROM eval_movement_grade").query(Long.class).single();
    }

    @Test
    void withTheProvincesPointsSchemeThePointsDecideTheGrade() throws Exception {
        int year = 2025;
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-001", year, null, 92))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("EXCELLENT")).andExpect(jsonPath("$.points").value(92));
        // 90 is the lowest "Xuất sắc", 89 is "Khá"; regrading replaces the grade and is audited with before and after.
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-001", year, null, 89))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("GOOD"));
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-002", year, null, 49))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("WEAK"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'eval_movement_grade' AND entity_id = '14677-001/2025'")
                .query(Long.class).single()).isEqualTo(2);

        long before = grades();
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-003", year, null, 101))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.points").value(containsString("từ 0 đến 100")));
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-003", year, "GOOD", null))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.points").value(containsString("thang điểm")));
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-003", year, "EXCELLENT", 75))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.grade").value(containsString("“Khá”")));
        assertThat(grades()).isEqualTo(before);

        mvc.perform(get("/api/v1/movement-grades").param("unit", "14677").param("year", "2025").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme.excellentMin").value(90))
                .andExpect(jsonPath("$.counts.GOOD").value(1))
                .andExpect(jsonPath("$.counts.WEAK").value(1));
    }

    @Test
    void withoutASchemeTheGradeIsChosenAndTheLevelAboveGrades() throws Exception {
        // 2016: Ninh Bình's scheme starts in 2022.
        mvc.perform(post("/evaluation/grades").param("parent", "14683").param("unit", "14683-001").param("year", "2016").param("points", "80")
                        .with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("gradeErrors"));
        mvc.perform(post("/evaluation/grades").param("parent", "14683").param("unit", "14683-001").param("year", "2016").param("grade", "AVERAGE")
                        .with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/evaluation/grades").param("unit", "14683").param("year", "2016").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỉnh chưa quy định thang điểm")))
                .andExpect(content().string(containsString("1 Trung bình")));

        long before = grades();
        // A commune officer does not grade their own commune; an area head and a leader do not grade; another commune is not found.
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677", 2025, null, 95))
                .with(Users.dinhHoaOfficer())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-001", 2025, null, 95))
                .with(Users.areaHead())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-001", 2025, null, 95))
                .with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/movement-grades").contentType(MediaType.APPLICATION_JSON).content(json("14677-001", 2025, null, 95))
                .with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/grades").param("unit", "14677").param("year", "2025").with(Users.phatDiemOfficer()))
                .andExpect(status().isNotFound());
        assertThat(grades()).isEqualTo(before);
    }
}
