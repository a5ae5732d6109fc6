package vn.xomantoan.incidents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV import all or nothing with a row-numbered report; reference lists edited by an administrator only. */
@IntegrationTest
@Transactional
class IncidentImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long incidents() {
        return jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
    }

    private MockMultipartFile csv(String body) {
        return new MockMultipartFile("file", "vu-viec.csv", "text/csv", ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneBadRowStoresNothingAndIsReportedByRowNumber() throws Exception {
        long before = incidents();
        String header = "ngay,gio,ma_noi_xay_ra,loai,nhom,dieu,khoan,muc_do,trang_thai,so_nan_nhan,so_nguoi_lien_quan,tom_tat\n";
        mvc.perform(multipart("/incidents/import").file(csv(header
                        + "02/02/2026,20:00,14677-001,CRIME,CRIME_THEFT,173,1,,VERIFIED,1,1,Trộm cắp xe đạp\n"
                        + "03/02/2026,,14677-002,TAI_NAN,,,,,,0,2,Không rõ loại\n"
                        + "04/02/2026,,14620-001,DISPUTE,,,,,,0,2,Ngoài địa bàn\n"))
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có dòng nào được lưu")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("Loại vụ việc &quot;TAI_NAN&quot; không có trong danh mục")))
                .andExpect(content().string(containsString("<td>4</td>")));
        assertThat(incidents()).isEqualTo(before);
        mvc.perform(multipart("/incidents/import").file(csv(header
                        + "02/02/2026,20:00,14677-001,CRIME,CRIME_THEFT,173,1,,VERIFIED,1,1,Trộm cắp xe đạp\n"
                        + "2026-02-03,,14677-002,FIRE,FIRE_HOUSE,,,FIRE_L1,,0,0,Cháy bếp\n"))
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập 2 vụ việc.")));
        assertThat(incidents()).isEqualTo(before + 2);
    }

    @Test
    void onlyAnAdministratorEditsTheReferenceLists() throws Exception {
        mvc.perform(get("/incidents/reference").with(Users.provinceOfficer())).andExpect(status().isForbidden());
        mvc.perform(get("/incidents/reference").with(Users.admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trộm cắp tài sản")));
        mvc.perform(post("/incidents/reference").param("list", "SUBCATEGORY").param("code", "CRIME_CYBER")
                        .param("parentCode", "CRIME").param("nameVi", "Tội phạm sử dụng công nghệ cao").param("nameEn", "Cybercrime")
                        .param("validFrom", "01/01/2026").with(csrf()).with(Users.admin()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_reference WHERE code = 'CRIME_CYBER' AND valid_from = DATE '2026-01-01'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/incidents/category-fields").param("category", "CRIME").param("occurredOn", "01/03/2026").with(Users.dinhHoaOfficer()))
                .andExpect(content().string(containsString("Tội phạm sử dụng công nghệ cao")));
        mvc.perform(get("/incidents/category-fields").param("category", "CRIME").param("occurredOn", "01/03/2025").with(Users.dinhHoaOfficer()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tội phạm sử dụng công nghệ cao"))));
    }
}
