package vn.xomantoan.commitments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Campaign forms, labels by criteria set, and versioned templates. */
@IntegrationTest
@Transactional
class CampaignAndTemplateTest {

    /** Next year: the demo data has no campaign for it yet. */
    static final int NEXT = LocalDate.now().getYear() + 1;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long campaign(int year) {
        return jdbc.sql("SELECT id FROM commitment_campaign WHERE eval_year = :y AND subject_kind = 'HOUSEHOLD' AND created_by = 'demo'").param("y", year)
                .query(Long.class).single();
    }

    @Test
    void labelsFollowTheCriteriaSetOfTheYear() throws Exception {
        mvc.perform(get("/commitments/campaigns/" + campaign(2016) + "?unit=14683-001&asOf=31/10/2016").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đánh dấu hộ đã ký cam kết")))
                .andExpect(content().string(containsString("In bản cam kết (PDF)")))
                .andExpect(content().string(not(containsString("Đã đăng ký"))));
        mvc.perform(get("/commitments/campaigns/" + campaign(LocalDate.now().getYear()) + "?unit=14677-001").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đánh dấu hộ đã đăng ký")))
                .andExpect(content().string(containsString("In phiếu đăng ký (PDF)")));
    }

    @Test
    void aCommuneOfficerCreatesACampaignAndATemplateOfTheWrongCircularIsRefused() throws Exception {
        long tt23 = jdbc.sql("SELECT id FROM commitment_template WHERE code = 'HO-GIA-DINH-TT23' AND version = 1").query(Long.class).single();
        long tt124 = jdbc.sql("SELECT id FROM commitment_template WHERE code = 'HO-GIA-DINH-TT124' AND version = 1").query(Long.class).single();
        mvc.perform(post("/commitments/campaigns/new").param("year", String.valueOf(NEXT)).param("subjectKind", "HOUSEHOLD").param("ownerCode", "14677")
                        .param("name", "").param("deadline", "").param("graceDays", "45").param("templateId", String.valueOf(tt23))
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thông tư 124/2021/TT-BCA")))
                .andExpect(content().string(containsString("id=\"templateId-error\"")))
                .andExpect(content().string(containsString("value=\"45\"")));
        mvc.perform(post("/commitments/campaigns/new").param("year", String.valueOf(NEXT)).param("subjectKind", "HOUSEHOLD").param("ownerCode", "14620")
                        .param("graceDays", "30").param("templateId", String.valueOf(tt124)).with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Không tìm thấy đơn vị mã 14620")));
        mvc.perform(post("/commitments/campaigns/new").param("year", String.valueOf(NEXT)).param("subjectKind", "HOUSEHOLD").param("ownerCode", "14677")
                        .param("graceDays", "30").param("templateId", String.valueOf(tt124)).with(csrf()).with(Users.areaHead()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/commitments/campaigns/new").param("year", String.valueOf(NEXT)).param("subjectKind", "HOUSEHOLD").param("ownerCode", "14677")
                        .param("graceDays", "30").param("templateId", String.valueOf(tt124)).with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT deadline FROM commitment_campaign WHERE eval_year = :y").param("y", NEXT).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(NEXT, 3, 31));
        assertThat(jdbc.sql("SELECT name FROM commitment_campaign WHERE eval_year = :y").param("y", NEXT).query(String.class).single())
                .isEqualTo("Đợt đăng ký tham gia của hộ gia đình năm " + NEXT);
    }

    @Test
    void savingATemplateCreatesANewVersionAndCampaignsKeepTheirs() throws Exception {
        long v1 = jdbc.sql("SELECT id FROM commitment_template WHERE code = 'HO-GIA-DINH-TT124' AND version = 1").query(Long.class).single();
        mvc.perform(post("/commitments/templates/" + v1 + "/edit").param("basedOnVersion", "1").param("title", "Phiếu đăng ký mới")
                        .param("validFrom", "01/01/2026").param("body", "Tên tôi là {{chuho}}").param("commitmentsText", "1. Chấp hành pháp luật.")
                        .with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("{{chuho}}")));
        mvc.perform(post("/commitments/templates/" + v1 + "/edit").param("basedOnVersion", "1").param("title", "Phiếu đăng ký mới")
                        .param("validFrom", "01/01/2026").param("body", "Tên tôi là {{head}}, ở {{address}}.\n{{commitments}}")
                        .param("commitmentsText", "1. Chấp hành pháp luật.").with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commitment_template WHERE code = 'HO-GIA-DINH-TT124'").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT t.version FROM commitment_campaign c JOIN commitment_template t ON t.id = c.template_id WHERE c.id = :id")
                .param("id", campaign(LocalDate.now().getYear())).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/commitments/templates/" + v1 + "/edit").param("basedOnVersion", "1").param("title", "X").param("validFrom", "01/01/2026")
                        .param("body", "{{head}}").param("commitmentsText", "1.").with(csrf()).with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("người khác thay đổi")));
        mvc.perform(get("/commitments/templates/" + v1 + "/edit").with(Users.dinhHoaOfficer())).andExpect(status().isForbidden());
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void unitCampaignsOpenWithTheShippedRegistrationForms() throws Exception {
        for (String[] kind : new String[][]{{"RESIDENTIAL_AREA", "KHU-DAN-CU-TT124"}, {"AGENCY", "CO-QUAN-TT124"},
                {"ENTERPRISE", "DOANH-NGHIEP-TT124"}, {"SCHOOL", "CO-SO-GIAO-DUC-TT124"}}) {
            long template = jdbc.sql("SELECT id FROM commitment_template WHERE code = :c AND subject_kind = :k")
                    .param("c", kind[1]).param("k", kind[0]).query(Long.class).single();
            mvc.perform(post("/commitments/campaigns/new").param("year", String.valueOf(NEXT)).param("subjectKind", kind[0])
                            .param("ownerCode", "14677").param("graceDays", "30").param("templateId", String.valueOf(template))
                            .with(csrf()).with(Users.dinhHoaOfficer()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commitment_campaign WHERE eval_year = :y AND subject_kind <> 'HOUSEHOLD'")
                .param("y", NEXT).query(Long.class).single()).isEqualTo(4);
    }
}
