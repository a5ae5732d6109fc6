package vn.xomantoan.honours;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.FormCase;
import vn.xomantoan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xomantoan.activities.FormCase.params;

/** The web forms of self-governing models, exemplars and rewards. */
@IntegrationTest
@Transactional
class HonourFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void selfGoverningModelsWithYearlyRatings() throws Exception {
        long id = new FormCase("/honours/models", "self_governing_model", "SelfGoverningModel",
                params("name", "Tổ tự quản an ninh Xóm 1", "type", "SELF_MANAGED_SECURITY_GROUP", "unit", "14677-001",
                        "startedOn", "15/08/2025", "members", "12", "ratings[0].year", "2025", "ratings[0].rating", "GOOD"),
                "name", "Tổ tự quản an ninh trật tự Xóm 1",
                params("name", "Dòng họ an toàn Xóm 2", "type", "SAFE_CLAN", "unit", "14677-002", "startedOn", "15/08/2025", "members", "0"),
                "members", "Hãy nhập một số lớn hơn 0").check(mvc, jdbc);
        assertThat(jdbc.sql("SELECT rating FROM model_rating WHERE model_id = :id AND rating_year = 2025").param("id", id)
                .query(String.class).single()).isEqualTo("GOOD");
    }

    @Test
    void exemplars() throws Exception {
        new FormCase("/honours/exemplars", "exemplar", "Exemplar",
                params("fullName", "Nguyễn Văn Bình", "role", "RESPECTED_PERSON", "selection", "PROVINCE_LIST", "unit", "14677-001",
                        "selectedOn", "10/10/2026", "trainedOn", "20/10/2026", "replication", "Chia sẻ kinh nghiệm hòa giải ở cơ sở"),
                "fullName", "Nguyễn Văn Bính",
                params("fullName", "Trần Thị Hoa", "role", "CADRE", "selection", "PROVINCE_LIST", "unit", "14677",
                        "selectedOn", "10/10/2026", "trainedOn", "01/10/2026"),
                "trainedOn", "Ngày bồi dưỡng đang trước ngày lựa chọn").check(mvc, jdbc);
    }

    @Test
    void rewards() throws Exception {
        new FormCase("/honours/rewards", "reward", "Reward",
                params("decisionNumber", "125/QĐ-UBND", "decidedOn", "12/11/2026", "authority", "Ủy ban nhân dân xã Định Hóa",
                        "level", "COMMUNE", "form", "LETTER_OF_COMMENDATION", "recipientKind", "INDIVIDUAL", "unit", "14677-001",
                        "recipientName", "Phạm Văn Lực", "amountVnd", "500.000", "reason", "Tích cực tham gia tuần tra"),
                "recipientName", "Phạm Văn Lộc",
                params("decisionNumber", "126/QĐ-UBND", "decidedOn", "12/11/2026", "authority", "Ủy ban nhân dân xã Định Hóa",
                        "level", "COMMUNE", "form", "LETTER_OF_COMMENDATION", "recipientKind", "INDIVIDUAL", "unit", "14677"),
                "recipientName", "Khen cá nhân cần ghi họ tên người được khen").check(mvc, jdbc);
    }
}
