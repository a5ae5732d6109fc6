package vn.xomantoan.commitments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording one by one, in bulk and from a file, with the scope rules, the audit trail and corrections. */
@IntegrationTest
@Transactional
class RecordingAccessTest {

    static final String MY_AREA = "14677-001";
    static final String OTHER_AREA = "14677-002";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Fixtures fx;
    long campaign;
    int year = LocalDate.now().getYear();

    @BeforeEach
    void setUp() {
        fx = new Fixtures(jdbc);
        campaign = jdbc.sql("SELECT id FROM commitment_campaign WHERE eval_year = :y AND subject_kind = 'HOUSEHOLD' AND created_by = 'demo'")
                .param("y", year).query(Long.class).single();
    }

    private long commitments(long household) {
        return jdbc.sql("SELECT COUNT(*) FROM commitment WHERE campaign_id = :c AND household_id = :h")
                .param("c", campaign).param("h", household).query(Long.class).single();
    }

    private String checklist(String area) {
        return "/commitments/campaigns/" + campaign + "/areas/" + area + "/checklist";
    }

    @Test
    void anAreaHeadTicksHouseholdsOfTheirAreaOnAPhoneChecklist() throws Exception {
        long a = fx.household("Đỗ Thị Hương", MY_AREA, LocalDate.of(2020, 1, 1), null);
        long b = fx.household("Ngô Văn Lực", MY_AREA, LocalDate.of(2020, 1, 1), null);
        mvc.perform(get(checklist(MY_AREA)).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đỗ Thị Hương")))
                .andExpect(content().string(containsString("Tích tất cả")));
        mvc.perform(post(checklist(MY_AREA)).param("household", String.valueOf(a), String.valueOf(b))
                        .param("signedOn", "15/02/" + year).header("HX-Request", "true").with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đã ghi nhận 2 hộ.")));
        assertThat(commitments(a)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT signed_by FROM commitment WHERE campaign_id = :c AND household_id = :h")
                .param("c", campaign).param("h", a).query(String.class).single()).isEqualTo("Đỗ Thị Hương");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Commitment' AND entity_id = :id AND username = 'thon.dinhhoa'")
                .param("id", campaign + ":" + MY_AREA).query(Long.class).single()).isPositive();
    }

    @Test
    void aFutureDateIsRefusedNextToTheFieldKeepingTheTicks() throws Exception {
        long a = fx.household("Lý Thị Tươi", MY_AREA, LocalDate.of(2020, 1, 1), null);
        String future = LocalDate.now().plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(post(checklist(MY_AREA)).param("household", String.valueOf(a)).param("signedOn", future)
                        .header("HX-Request", "true").with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chưa tới")))
                .andExpect(content().string(containsString("id=\"signedOn-error\"")))
                .andExpect(content().string(containsString("value=\"" + future + "\"")));
        assertThat(commitments(a)).isZero();
    }

    @Test
    void anAreaHeadGetsNotFoundForAnotherAreaAndStoresNothing() throws Exception {
        long other = fx.household("Bùi Văn Khác", OTHER_AREA, LocalDate.of(2020, 1, 1), null);
        mvc.perform(get(checklist(OTHER_AREA)).with(Users.areaHead())).andExpect(status().isNotFound());
        mvc.perform(post(checklist(OTHER_AREA)).param("household", String.valueOf(other)).param("signedOn", "15/02/" + year)
                .with(csrf()).with(Users.areaHead())).andExpect(status().isNotFound());
        mvc.perform(get("/commitments/campaigns/" + campaign + "?unit=" + OTHER_AREA).with(Users.areaHead()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/commitments/campaigns/" + campaign + "/areas/" + OTHER_AREA + "/forms.pdf").with(Users.areaHead()))
                .andExpect(status().isNotFound());
        // A household of another area cannot be slipped into one's own area's list either.
        mvc.perform(post(checklist(MY_AREA)).param("household", String.valueOf(other)).param("signedOn", "15/02/" + year)
                        .header("HX-Request", "true").with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không cư trú")));
        assertThat(commitments(other)).isZero();
    }

    @Test
    void anotherCommunesOfficerGetsNotFoundAndALeaderMayNotWrite() throws Exception {
        long a = fx.household("Trịnh Văn An", MY_AREA, LocalDate.of(2020, 1, 1), null);
        mvc.perform(post(checklist(MY_AREA)).param("household", String.valueOf(a)).param("signedOn", "15/02/" + year)
                .with(csrf()).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(post(checklist(MY_AREA)).param("household", String.valueOf(a)).param("signedOn", "15/02/" + year)
                .with(csrf()).with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(get("/commitments/campaigns/" + campaign + "?unit=" + MY_AREA).with(Users.leader())).andExpect(status().isOk());
        assertThat(commitments(a)).isZero();
        mvc.perform(post(checklist(MY_AREA)).param("household", String.valueOf(a)).param("signedOn", "15/02/" + year)
                .with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().isOk());
        assertThat(commitments(a)).isEqualTo(1);
    }

    @Test
    void correctionsAndWithdrawalsAreAuditedWithBeforeAndAfter() throws Exception {
        long a = fx.household("Phan Thị Sửa", MY_AREA, LocalDate.of(2020, 1, 1), null);
        fx.sign(campaign, a, MY_AREA, LocalDate.of(year, 2, 1));
        long id = jdbc.sql("SELECT id FROM commitment WHERE campaign_id = :c AND household_id = :h").param("c", campaign).param("h", a)
                .query(Long.class).single();
        mvc.perform(post("/commitments/records/" + id + "/correct").param("signedOn", "20/03/" + year).param("signedBy", "Phan Thị Sửa")
                .param("rowVersion", "0").with(csrf()).with(Users.areaHead())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT signed_on FROM commitment WHERE id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(year, 3, 20));
        String before = jdbc.sql("SELECT before_data FROM audit_event WHERE entity_type = 'Commitment' AND entity_id = :id AND action = 'UPDATE'")
                .param("id", String.valueOf(id)).query(String.class).single();
        String after = jdbc.sql("SELECT after_data FROM audit_event WHERE entity_type = 'Commitment' AND entity_id = :id AND action = 'UPDATE'")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(before).contains(year + "-02-01");
        assertThat(after).contains(year + "-03-20");

        // A stale row version changes nothing.
        mvc.perform(post("/commitments/records/" + id + "/withdraw").param("rowVersion", "0").with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("người khác thay đổi")));
        mvc.perform(post("/commitments/records/" + id + "/withdraw").param("rowVersion", "1").with(csrf()).with(Users.areaHead()))
                .andExpect(status().is3xxRedirection());
        assertThat(commitments(a)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Commitment' AND entity_id = :id AND action = 'DELETE' "
                + "AND before_data LIKE :d").param("id", String.valueOf(id)).param("d", "%" + year + "-03-20%").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aBreachShowsOnTheHouseholdAndInTheAreaStatistics() throws Exception {
        long a = fx.household("Hà Văn Phạm", MY_AREA, LocalDate.of(2020, 1, 1), null);
        fx.sign(campaign, a, MY_AREA, LocalDate.of(year, 2, 1));
        mvc.perform(post("/commitments/households/" + a + "/breaches").param("campaignId", String.valueOf(campaign))
                        .param("occurredOn", "10/05/" + year).param("description", "Đánh bạc tại nhà").param("incidentId", "42")
                        .with(csrf()).with(Users.areaHead()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/commitments/households/" + a).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đánh bạc tại nhà")));
        mvc.perform(get("/commitments/campaigns/" + campaign + "?unit=" + MY_AREA).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Số lần hộ vi phạm cam kết trong đợt: 1")));
        mvc.perform(get("/commitments/households/" + a).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void aSpreadsheetWithBadRowsStoresNothingAndNamesTheRows() throws Exception {
        long a = fx.household("Đặng Thị Nhập", MY_AREA, LocalDate.of(2020, 1, 1), null);
        long b = fx.household("Cao Văn Tệp", MY_AREA, LocalDate.of(2020, 1, 1), null);
        String bad = "Mã hộ,Chủ hộ,Ngày ký,Người ký\n" + a + ",,12/02/" + year + ",\n,Không Có Ai,12/02/" + year + ",\n"
                + b + ",,31/02/" + year + ",\n";
        mvc.perform(multipart("/commitments/campaigns/" + campaign + "/areas/" + MY_AREA + "/import")
                        .file(new MockMultipartFile("file", "ky.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có chủ hộ tên &quot;Không Có Ai&quot;")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("<td>4</td>")));
        assertThat(commitments(a)).isZero();

        String good = "Mã hộ,Chủ hộ,Ngày ký,Người ký\n" + a + ",,12/02/" + year + ",\n,cao van tep,13/02/" + year + ",Cao Thị Vợ\n";
        mvc.perform(multipart("/commitments/campaigns/" + campaign + "/areas/" + MY_AREA + "/import")
                        .file(new MockMultipartFile("file", "ky.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đã ghi nhận 2 hộ từ tệp.")));
        assertThat(commitments(a)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT signed_by FROM commitment WHERE campaign_id = :c AND household_id = :h")
                .param("c", campaign).param("h", b).query(String.class).single()).isEqualTo("Cao Thị Vợ");
    }
}
