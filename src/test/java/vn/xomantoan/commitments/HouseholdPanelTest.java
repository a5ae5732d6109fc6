package vn.xomantoan.commitments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The household page (households capability) shows the commitments section that commitments supplies. */
@IntegrationTest
@Transactional
class HouseholdPanelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHouseholdPageShowsASignedCommitmentAndABreachWithItsIncident() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        long household = fx.household("Trịnh Thị Nhàn", "14677-001", LocalDate.of(2020, 1, 1), null);
        long campaign = jdbc.sql("SELECT MIN(id) FROM commitment_campaign WHERE subject_kind = 'HOUSEHOLD' AND created_by = 'demo' "
                + "AND eval_year = (SELECT MAX(eval_year) FROM commitment_campaign WHERE created_by = 'demo')").query(Long.class).single();
        int year = jdbc.sql("SELECT eval_year FROM commitment_campaign WHERE id = :c").param("c", campaign).query(Integer.class).single();
        String name = jdbc.sql("SELECT name FROM commitment_campaign WHERE id = :c").param("c", campaign).query(String.class).single();
        LocalDate signedOn = LocalDate.of(year, 1, 20);
        jdbc.sql("""
                        INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at)
                        VALUES (:c, :h, '14677-001', :d, 'Lê Văn Tâm', 'test', :now)""")
                .param("c", campaign).param("h", household).param("d", signedOn).param("now", LocalDateTime.now()).update();
        jdbc.sql("""
                        INSERT INTO commitment_breach (campaign_id, household_id, area_code, occurred_on, description, incident_id,
                            recorded_by, recorded_at)
                        VALUES (:c, :h, '14677-001', :d, 'Đốt rơm rạ gây cháy lan sang nhà bên cạnh', 4321, 'test', :now)""")
                .param("c", campaign).param("h", household).param("d", signedOn.plusDays(10)).param("now", LocalDateTime.now()).update();

        mvc.perform(get("/households/" + household).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"household-commitments\""),
                        containsString(name),
                        containsString(signedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        containsString("Lê Văn Tâm"),
                        containsString("Đốt rơm rạ gây cháy lan sang nhà bên cạnh"),
                        containsString(signedOn.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        containsString("href=\"/incidents/4321\""),
                        containsString("Vụ việc số 4321"))));
        mvc.perform(get("/households/" + household).param("lang", "en").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Incident no. 4321")));
        // another commune's officer does not see the household, nor its commitments
        mvc.perform(get("/households/" + household).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void aHouseholdWithoutCommitmentsSaysSo() throws Exception {
        long household = new Fixtures(jdbc).household("Mai Văn Khang", "14677-001", LocalDate.of(2021, 5, 1), null);
        mvc.perform(get("/households/" + household).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hộ chưa ký (đăng ký) đợt nào."),
                        containsString("Không có vi phạm nào được ghi nhận."), not(containsString("household-breach-list")))));
    }
}
