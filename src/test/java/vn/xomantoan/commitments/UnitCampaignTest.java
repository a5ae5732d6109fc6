package vn.xomantoan.commitments;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Campaigns whose subjects are units: residential areas and schools of Xã Định Hóa register in
 * 2025 (on today's hierarchy, from 01/07/2025); officers record them one by one or ticked together,
 * correct and withdraw records (audited); coverage per child unit and the unsigned list follow the
 * date asked for; another commune's officer sees nothing and area heads may not record.
 */
@IntegrationTest
@Transactional
class UnitCampaignTest {

    static final int YEAR = 2025;
    static final LocalDate AS_OF = LocalDate.of(YEAR, 11, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Fixtures fx;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(jdbc);
    }

    private List<String> unitsUnder(String code, String kindCondition) {
        return fx.unitsUnder(code, AS_OF, kindCondition);
    }

    private long records(long campaign) {
        return jdbc.sql("SELECT COUNT(*) FROM unit_commitment WHERE campaign_id = :c").param("c", campaign).query(Long.class).single();
    }

    private Map<String, Object> coverage(String unit, String kind, String asOf, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        String json = mvc.perform(get("/api/v1/commitments/coverage").param("unit", unit).param("year", String.valueOf(YEAR))
                        .param("asOf", asOf).param("kind", kind).with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.parse(json).read("$");
    }

    private String page(long campaign) {
        return "/commitments/campaigns/" + campaign;
    }

    @Test
    void anOfficerRecordsAreasOneByOneAndTickedTogetherAndCoverageFollowsTheDate() throws Exception {
        long campaign = fx.unitCampaign(YEAR, SubjectKind.RESIDENTIAL_AREA, "14677", AS_OF);
        List<String> areas = unitsUnder("14677", "s.level = 'RESIDENTIAL_AREA'");
        assertThat(areas).contains("14677-001", "14677-002", "14677-003");
        int n = areas.size();

        Map<String, Object> before = coverage("14677", "RESIDENTIAL_AREA", "2025-11-15", Users.dinhHoaOfficer());
        assertThat(((Number) before.get("due")).longValue()).isEqualTo(n);
        assertThat(((Number) before.get("signed")).longValue()).isZero();

        // one unit on its own ("only"), then two ticked together
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("asOf", "15/11/2025")
                        .param("signedOn", "10/09/2025").param("only", "14677-001").param("signedBy-14677-001", "Vũ Văn Thành")
                        .param("pick", "14677-002").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(records(campaign)).isEqualTo(1);
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("asOf", "15/11/2025")
                        .param("signedOn", "20/09/2025").param("pick", "14677-002", "14677-003")
                        .param("signedBy-14677-002", "Trần Văn Hai").param("signedBy-14677-003", "Lê Thị Ba")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(records(campaign)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT signed_by FROM unit_commitment WHERE campaign_id = :c AND unit_code = '14677-001'")
                .param("c", campaign).query(String.class).single()).isEqualTo("Vũ Văn Thành");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE' AND entity_type = 'UnitCommitment' AND entity_id = :c "
                + "AND username = 'xa.dinhhoa'").param("c", String.valueOf(campaign)).query(Long.class).single()).isEqualTo(2);

        Map<String, Object> after = coverage("14677", "RESIDENTIAL_AREA", "2025-11-15", Users.dinhHoaOfficer());
        assertThat(((Number) after.get("due")).longValue()).isEqualTo(n);
        assertThat(((Number) after.get("signed")).longValue()).isEqualTo(3);
        assertThat(((Number) after.get("unsigned")).longValue()).isEqualTo(n - 3);
        assertThat(((Number) after.get("percent")).doubleValue()).isEqualTo(Math.floor(1000.0 * 3 / n) / 10.0);
        List<String> unsigned = JsonPath.read(after, "$.unsignedUnits[*].code");
        assertThat(unsigned).hasSize(n - 3).doesNotContain("14677-001", "14677-002", "14677-003");
        // on 15/09/2025 only the first area had signed
        Map<String, Object> mid = coverage("14677", "RESIDENTIAL_AREA", "2025-09-15", Users.dinhHoaOfficer());
        assertThat(((Number) mid.get("signed")).longValue()).isEqualTo(1);
        String html = mvc.perform(get(page(campaign)).param("unit", "14677").param("asOf", "15/11/2025").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Khu dân cư phải ký").contains("id=\"unit-checklist\"").contains("id=\"unsigned-units\"")
                .contains("Vũ Văn Thành").contains("10/09/2025");
    }

    @Test
    void aBadBatchStoresNothingAndCorrectionsAreAudited() throws Exception {
        long campaign = fx.unitCampaign(YEAR, SubjectKind.RESIDENTIAL_AREA, "14677", AS_OF);
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("signedOn", "10/09/2025")
                        .param("pick", "14677-001").param("signedBy-14677-001", "Vũ Văn Thành").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        // another commune's area and a missing signer: nothing of the batch is stored
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("signedOn", "11/09/2025")
                        .param("pick", "14677-002", "14620-001").param("signedBy-14620-001", "Ai Đó").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có đơn vị mã &quot;14620-001&quot; thuộc đợt này")))
                .andExpect(content().string(containsString("Vui lòng nhập người ký (đại diện) của")));
        // a future date is refused as well
        String future = LocalDate.now().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("signedOn", future)
                        .param("pick", "14677-002").param("signedBy-14677-002", "Trần Văn Hai").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("chưa tới")));
        assertThat(records(campaign)).isEqualTo(1);

        Map<String, Object> row = jdbc.sql("SELECT id, row_version FROM unit_commitment WHERE campaign_id = :c").param("c", campaign)
                .query().singleRow();
        long id = ((Number) row.get("id")).longValue();
        mvc.perform(post("/commitments/unit-records/" + id + "/correct").param("signedOn", "12/09/2025").param("signedBy", "Vũ Văn Thành (trưởng xóm)")
                        .param("rowVersion", row.get("row_version").toString()).param("unit", "14677").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT signed_on FROM unit_commitment WHERE id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE action = 'UPDATE' AND entity_type = 'UnitCommitment' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single()).contains("10/09/2025 → 12/09/2025");
        // a stale form is refused
        mvc.perform(post("/commitments/unit-records/" + id + "/withdraw").param("rowVersion", row.get("row_version").toString())
                        .param("unit", "14677").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("thay đổi")));
        mvc.perform(post("/commitments/unit-records/" + id + "/withdraw").param("rowVersion", String.valueOf(((Number) row.get("row_version")).longValue() + 1))
                        .param("unit", "14677").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(records(campaign)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DELETE' AND entity_type = 'UnitCommitment' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void schoolCoveragePerChildUnitAndScope() throws Exception {
        long campaign = fx.unitCampaign(YEAR, SubjectKind.SCHOOL, "14677", AS_OF);
        List<String> schools = unitsUnder("14677", "s.level = 'ESTABLISHMENT' AND s.unit_type = 'SCHOOL'");
        assertThat(schools).hasSizeGreaterThanOrEqualTo(3);
        String first = schools.get(0);
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("signedOn", "05/10/2025")
                        .param("pick", first).param("signedBy-" + first, "Hiệu trưởng Đinh Thị Lan").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        // an agency is not a school: refused
        String agency = unitsUnder("14677", "s.level = 'ESTABLISHMENT' AND s.unit_type = 'AGENCY'").get(0);
        mvc.perform(post(page(campaign) + "/units/sign").param("unit", "14677").param("signedOn", "05/10/2025")
                        .param("pick", agency).param("signedBy-" + agency, "Chủ tịch").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("thuộc đợt này")));

        // seen from the province: one line for Xã Định Hóa with its schools
        String province = jdbc.sql("SELECT p.code FROM unit_version c JOIN unit_version p ON p.id = c.parent_id WHERE c.code = '14677' "
                + "AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to >= :d)").param("d", AS_OF).query(String.class).single();
        Map<String, Object> top = coverage(province, "SCHOOL", "2025-11-15", Users.provinceOfficer());
        List<Map<String, Object>> lines = JsonPath.read(top, "$.children.items[?(@.code == '14677')]");
        assertThat(lines).hasSize(1);
        assertThat(((Number) lines.get(0).get("due")).longValue()).isEqualTo(schools.size());
        assertThat(((Number) lines.get(0).get("signed")).longValue()).isEqualTo(1);
        assertThat(((Number) lines.get(0).get("percent")).doubleValue()).isEqualTo(Math.floor(1000.0 / schools.size()) / 10.0);
        assertThat(((Number) top.get("due")).longValue()).isEqualTo(schools.size());
        List<String> unsigned = JsonPath.read(top, "$.unsignedUnits[*].code");
        assertThat(unsigned).hasSize(schools.size() - 1).doesNotContain(first);

        // another commune's officer: the campaign, its page, its API and its records do not exist
        mvc.perform(get(page(campaign)).param("unit", "14677").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments/coverage").param("unit", "14677").param("year", String.valueOf(YEAR))
                .param("asOf", "2025-11-15").param("kind", "SCHOOL").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(post(page(campaign) + "/units/sign").param("signedOn", "05/10/2025").param("pick", schools.get(1))
                .param("signedBy-" + schools.get(1), "X").with(csrf()).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        long id = jdbc.sql("SELECT id FROM unit_commitment WHERE campaign_id = :c").param("c", campaign).query(Long.class).single();
        mvc.perform(post("/commitments/unit-records/" + id + "/withdraw").param("rowVersion", "0").with(csrf()).with(Users.phatDiemOfficer()))
                .andExpect(status().isNotFound());
        // the area head reads but does not record units
        mvc.perform(post(page(campaign) + "/units/sign").param("signedOn", "05/10/2025").param("pick", schools.get(1))
                .param("signedBy-" + schools.get(1), "X").with(csrf()).with(Users.areaHead())).andExpect(status().isForbidden());
        assertThat(records(campaign)).isEqualTo(1);
    }
}
