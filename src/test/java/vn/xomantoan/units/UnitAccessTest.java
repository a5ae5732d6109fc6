package vn.xomantoan.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;
import vn.xomantoan.units.domain.UnitQueries;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every unit page and API call tried by a user outside the unit's subtree (404) or without the role (403). */
@IntegrationTest
class UnitAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitQueries units;
    @Autowired
    JdbcClient jdbc;

    private long idOf(String code) {
        return units.validByCode(code, LocalDate.now()).orElseThrow().id();
    }

    private long unitCount() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    @Test
    void aCommuneOfficerGetsNotFoundForEveryPageOfAnotherCommune() throws Exception {
        long phatDiem = idOf("14620");
        for (String page : new String[]{"/units/" + phatDiem, "/units/" + phatDiem + "/children", "/units/" + phatDiem + "/edit",
                "/units/" + phatDiem + "/close", "/units/new?parent=" + phatDiem, "/units/reforms/new?unit=" + phatDiem,
                "/api/v1/units/14620", "/api/v1/units/14620/successors", "/api/v1/units?parent=14620"}) {
            mvc.perform(get(page).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        }
    }

    @Test
    void writesOutsideTheScopeStoreNothing() throws Exception {
        long phatDiem = idOf("14620");
        long before = unitCount();
        mvc.perform(post("/units/new").param("parent", String.valueOf(phatDiem)).param("name", "Xóm Lạ").param("type", "XOM")
                        .param("validFrom", LocalDate.now().toString()).with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/units/reforms/new").param("unit", String.valueOf(phatDiem)).param("kind", "CHANGE")
                        .param("effectiveDate", LocalDate.now().plusDays(10).toString()).param("newName", "Xã Đổi Tên")
                        .param("newType", "XA").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void readOnlyRolesCannotChangeUnitsInsideTheirScope() throws Exception {
        long dinhHoa = idOf("14677");
        long before = unitCount();
        mvc.perform(post("/units/new").param("parent", String.valueOf(dinhHoa)).param("name", "Xóm Mới").param("type", "XOM")
                        .param("validFrom", LocalDate.now().toString()).with(csrf()).with(Users.leader()))
                .andExpect(status().isForbidden());
        assertThat(unitCount()).isEqualTo(before);
        long area = idOf("14677-001");
        mvc.perform(post("/units/" + area + "/edit").param("name", "Xóm Một").param("type", "XOM").param("code", "14677-001")
                        .param("rowVersion", "0").with(csrf()).with(Users.areaHead()))
                .andExpect(status().isForbidden());
        assertThat(units.validByCode("14677-001", LocalDate.now()).orElseThrow().name()).isEqualTo("Xóm 1");
    }

    @Test
    void anAreaHeadSeesOnlyTheirArea() throws Exception {
        mvc.perform(get("/units/" + idOf("14677")).with(Users.areaHead())).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + idOf("14677-001")).with(Users.areaHead())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").param("level", "RESIDENTIAL_AREA").with(Users.areaHead()))
                .andExpect(content().string(containsString("\"total\":1")));
    }

    @Test
    void formsWithoutCsrfTokenAreRejected() throws Exception {
        mvc.perform(post("/units/new").param("parent", String.valueOf(idOf("14677"))).param("name", "X").param("type", "XOM")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(org.springframework.security.core.userdetails.User.withUsername("x").password("x").roles("ADMIN").build())))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidFormInputIsExplainedNextToTheFieldsAndStoresNothing() throws Exception {
        long dinhHoa = idOf("14677");
        long before = unitCount();
        mvc.perform(post("/units/new").param("parent", String.valueOf(dinhHoa)).param("name", " ").param("type", "XOM")
                        .param("validFrom", "31/02/2026").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không hợp lệ")));
        mvc.perform(post("/units/new").param("parent", String.valueOf(dinhHoa)).param("name", " ").param("type", "XOM")
                        .param("validFrom", LocalDate.now().toString()).with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên đơn vị.")));
        mvc.perform(post("/units/reforms/new").param("unit", String.valueOf(dinhHoa)).param("kind", "MERGE")
                        .param("effectiveDate", LocalDate.now().plusDays(30).toString()).param("mergeCodes", "99999")
                        .param("newName", "Xã Định Hóa").param("newType", "XA").with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị mã &quot;99999&quot;")));
        assertThat(unitCount()).isEqualTo(before);
    }
}
