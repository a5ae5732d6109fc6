package vn.xomantoan.activities;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.xomantoan.activities.FormCase.params;

/** The web forms of publications, media items, programmes and contributions. */
@IntegrationTest
@Transactional
class LedgerFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publicationsWithTheirDistributions() throws Exception {
        long id = new FormCase("/activities/publications", "publication", "Publication",
                params("kind", "HANDBOOK", "publishedOn", "02/11/2026", "title", "Sổ tay phòng chống lừa đảo qua mạng", "unit", "14677",
                        "copiesPrinted", "500", "distributions[0].unitCode", "14677-001", "distributions[0].recipientGroup", "Hộ gia đình",
                        "distributions[0].copies", "120", "distributions[0].distributedOn", "05/11/2026",
                        "distributions[1].unitCode", "", "distributions[1].copies", "", "distributions[1].distributedOn", ""),
                "title", "Sổ tay phòng chống lừa đảo trực tuyến",
                params("kind", "HANDBOOK", "publishedOn", "02/11/2026", "title", "Sổ tay an ninh thôn xóm", "unit", "14677",
                        "copiesPrinted", "100", "distributions[0].unitCode", "14677-001", "distributions[0].copies", "300",
                        "distributions[0].distributedOn", "05/11/2026"),
                "distributions", "Tổng số bản phát (300) vượt số bản in (100)")
                .check(mvc, jdbc);
        assertThat(jdbc.sql("SELECT SUM(copies) FROM distribution WHERE publication_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(120);
        // Numbers are checked as numbers first.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities/publications/new")
                        .param("kind", "LEAFLET").param("title", "Tờ rơi").param("copiesPrinted", "năm trăm")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là số")));
    }

    @Test
    void aUnitOutsideTheUsersAreaIsAMessageNextToTheFieldAndTheInputStays() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM media_item").query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities/media-items/new")
                        .param("kind", "NEWS").param("publishedOn", "03/11/2026").param("title", "Tin ở Phát Diệm")
                        .param("outlet", "Báo Ninh Bình").param("outletKind", "NEWSPAPER").param("unit", "14620")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nằm ngoài địa bàn bạn quản lý")))
                .andExpect(content().string(containsString("Tin ở Phát Diệm")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_item").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void mediaItems() throws Exception {
        new FormCase("/activities/media-items", "media_item", "MediaItem",
                params("kind", "NEWS", "publishedOn", "03/11/2026", "title", "Xóm 1 ra mắt mô hình camera an ninh", "outlet", "Báo Ninh Bình",
                        "outletKind", "NEWSPAPER", "link", "https://baoninhbinh.org.vn/tin", "unit", "14677-001", "otherSubjects", "14677-002"),
                "title", "Xóm 1 ra mắt mạng camera an ninh",
                params("kind", "NEWS", "publishedOn", "03/11/2026", "title", "Tin về buổi tuyên truyền", "outlet", "Đài truyền thanh xã",
                        "outletKind", "LOUDSPEAKER", "link", "ftp://dai-xa/tin", "unit", "14677"),
                "link", "Đường dẫn phải bắt đầu bằng http:// hoặc https://").check(mvc, jdbc);
    }

    @Test
    void programmesWithTheirUnits() throws Exception {
        long id = new FormCase("/activities/programmes", "programme", "Programme",
                params("name", "Xây dựng xã Định Hóa không ma túy", "kind", "DRUG_FREE", "unit", "14677", "startedOn", "01/08/2025",
                        "description", "Gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc",
                        "units[0].unitCode", "14677-001", "units[0].joinedOn", "01/09/2025"),
                "name", "Xây dựng xã Định Hóa sạch ma túy",
                params("name", "Chương trình khu dân cư văn minh", "kind", "CIVILISED_CITY", "unit", "14677", "startedOn", "01/08/2025",
                        "endedOn", "01/01/2025"),
                "endedOn", "Ngày kết thúc đang trước ngày bắt đầu").check(mvc, jdbc);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM programme_unit WHERE programme_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void contributions() throws Exception {
        new FormCase("/activities/contributions", "contribution", "Contribution",
                params("kind", "DONATION", "madeOn", "04/11/2026", "unit", "14677-001", "purpose", "Lắp đèn chiếu sáng đường thôn",
                        "donors", "Các hộ gia đình Xóm 1", "amountVnd", "15.000.000"),
                "purpose", "Lắp đèn chiếu sáng ngõ xóm",
                params("kind", "DONATION", "madeOn", "04/11/2026", "unit", "14677", "purpose", "Ủng hộ quỹ an ninh trật tự", "amountVnd", "2000000"),
                "donors", "Hãy ghi rõ người hoặc tập thể ủng hộ").check(mvc, jdbc);
        assertThat(jdbc.sql("SELECT MAX(amount_vnd) FROM contribution WHERE purpose = 'Lắp đèn chiếu sáng ngõ xóm'").query(Long.class).single())
                .isEqualTo(15_000_000L);
    }

    @Test
    void listsOfferNewAndEditAndTheRowEndpointAddsNumberedRows() throws Exception {
        mvc.perform(get("/activities/publications").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/activities/publications/new\"")));
        mvc.perform(get("/activities/contributions").with(Users.leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/activities/contributions/new"))));
        mvc.perform(get("/ledger-forms/row").param("base", "/activities/publications").param("field", "distributions").param("index", "3")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"distributions[3].copies\"")))
                .andExpect(content().string(containsString("index=4")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")));
        mvc.perform(get("/activities/unknown-things/new").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
    }
}
