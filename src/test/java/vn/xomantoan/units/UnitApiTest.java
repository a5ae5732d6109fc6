package vn.xomantoan.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void ninhBinhIn2016HasEightDistricts145CommunesAnd1684ResidentialAreas() throws Exception {
        mvc.perform(get("/api/v1/units/37").param("asOf", "2016-10-15").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Tỉnh Ninh Bình"))
                .andExpect(jsonPath("$.childrenCounts.DISTRICT").value(8))
                .andExpect(jsonPath("$.childrenCounts.COMMUNE").value(145))
                .andExpect(jsonPath("$.childrenCounts.RESIDENTIAL_AREA").value(1684));
    }

    @Test
    void todayTheNewNinhBinhHas129CommunesAndNoDistrictLevel() throws Exception {
        mvc.perform(get("/api/v1/units/37").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.validFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.childrenCounts.COMMUNE").value(129))
                .andExpect(jsonPath("$.childrenCounts.DISTRICT").doesNotExist())
                .andExpect(jsonPath("$.predecessors[*].otherName",
                        containsInAnyOrder("Tỉnh Hà Nam", "Tỉnh Nam Định", "Tỉnh Ninh Bình")));
    }

    @Test
    void kimTanBecamePartOfDinhHoaOnFirstJuly2025() throws Exception {
        mvc.perform(get("/api/v1/units/14683").param("asOf", "2016-01-01").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.successors[0].kind").value("MERGE"))
                .andExpect(jsonPath("$.successors[0].effectiveDate").value("2025-07-01"))
                .andExpect(jsonPath("$.successors[0].otherName").value("Xã Định Hóa"));
        mvc.perform(get("/api/v1/units/14683/successors").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", contains("Xã Định Hóa")))
                .andExpect(jsonPath("$[0].validFrom").value("2025-07-01"));
    }

    @Test
    void childrenOfAParentCodeAreListedInVietnameseOrder() throws Exception {
        mvc.perform(get("/api/v1/units").param("asOf", "2016-10-15").param("parent", "376")
                        .param("level", "COMMUNE").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(27))
                .andExpect(jsonPath("$.items[0].name").value("Xã Ân Hòa"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Xã Xuân Thiện")));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        mvc.perform(get("/api/v1/units").param("asOf", "2016-10-15").param("q", "KIM TAN")
                        .param("level", "COMMUNE").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", contains("Xã Kim Tân")));
    }

    @Test
    void aCommuneOfficerSeesPredecessorHistoryButNotOtherCommunes() throws Exception {
        mvc.perform(get("/api/v1/units/14683").param("asOf", "2016-01-01").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/14680").param("asOf", "2016-01-01").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/14620").with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/units/14620").param("asOf", "2016-01-01").with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/units").param("asOf", "2016-10-15").param("level", "COMMUNE").with(Users.dinhHoaOfficer()))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Xã Định Hóa", "Xã Kim Tân", "Xã Văn Hải")));
    }

    @Test
    void aBadDateIsExplainedInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/units").param("asOf", "31/02/2016").with(Users.provinceOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không hợp lệ")));
    }

    @Test
    void anonymousCallsAreRejected() throws Exception {
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
    }
}
