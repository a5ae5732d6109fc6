package vn.xomantoan.documents;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.xomantoan.activities.FormCase;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.xomantoan.activities.FormCase.params;

/**
 * The document form (with an attachment checked by its content) and who reads what: documents of
 * the units above a user (the province's Plan 36 for a commune) are readable and read-only; another
 * commune's documents stay out of sight.
 */
@IntegrationTest
@Transactional
class DocumentFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private long plan36() {
        return jdbc.sql("SELECT id FROM document WHERE number = '36/KH-CAT'").query(Long.class).single();
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    @Test
    void theDocumentForm() throws Exception {
        new FormCase("/documents", "document", "Document",
                params("number", "15/KH-UBND", "type", "PLAN", "issuedOn", "01/11/2026", "issuer", "Ủy ban nhân dân xã Định Hóa",
                        "unit", "14677", "basis", "36/KH-CAT", "summary", "Kế hoạch triển khai phong trào năm 2027 trên địa bàn xã",
                        "relatedUnits", "14677-001, 14677-002"),
                "summary", "Kế hoạch thực hiện phong trào năm 2027 trên địa bàn xã",
                params("number", "Kế hoạch số mười lăm", "type", "PLAN", "issuedOn", "01/11/2026", "issuer", "Ủy ban nhân dân xã Định Hóa",
                        "unit", "14677", "summary", "Kế hoạch không có số hợp lệ"),
                "number", "chưa đúng dạng").check(mvc, jdbc);
    }

    @Test
    void aDocumentIsSavedWithItsPdfAndARenamedProgramStoresNothing() throws Exception {
        long before = documents();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/documents/new")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", exe))
                        .param("number", "16/TB-UBND").param("type", "NOTICE").param("issuedOn", "02/11/2026")
                        .param("issuer", "Ủy ban nhân dân xã Định Hóa").param("unit", "14677").param("summary", "Thông báo kết luận hội nghị")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).containsPattern("id=\"file-error\" class=\"field-error\">[^<]*Tệp \"bien-ban.pdf\" không được nhận")
                .contains("Thông báo kết luận hội nghị");
        assertThat(documents()).isEqualTo(before);

        String location = mvc.perform(multipart("/documents/new")
                        .file(new MockMultipartFile("file", "thong-bao.pdf", "application/pdf", PDF))
                        .param("number", "16/TB-UBND").param("type", "NOTICE").param("issuedOn", "02/11/2026")
                        .param("issuer", "Ủy ban nhân dân xã Định Hóa").param("unit", "14677").param("summary", "Thông báo kết luận hội nghị")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.sql("SELECT id FROM document WHERE number = '16/TB-UBND'").query(Long.class).single();
        assertThat(location).isEqualTo("/documents/" + id);
        mvc.perform(get(location).with(Users.dinhHoaOfficer()))
                .andExpect(content().string(containsString("thong-bao.pdf")))
                .andExpect(content().string(containsString("id=\"document-edit\"")));
    }

    @Test
    void aCommuneOfficerReadsTheProvincesPlanButCannotChangeIt() throws Exception {
        long plan = plan36();
        mvc.perform(get("/documents/" + plan).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("36/KH-CAT")))
                .andExpect(content().string(containsString("id=\"read-only-note\"")))
                .andExpect(content().string(not(containsString("id=\"document-edit\""))))
                .andExpect(content().string(not(containsString("id=\"upload-submit\""))));
        mvc.perform(get("/api/v1/documents/" + plan).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value("36/KH-CAT"));
        String list = mvc.perform(get("/api/v1/documents").param("q", "36/KH-CAT").param("size", "100").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].number")).contains("36/KH-CAT");
        mvc.perform(get("/documents").param("q", "36/KH-CAT").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("36/KH-CAT")));
        byte[] xlsx = mvc.perform(get("/documents/export.xlsx").param("q", "36/KH-CAT").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (var row : wb.getSheetAt(0)) {
                found |= row.getRowNum() > 0 && "36/KH-CAT".equals(row.getCell(3).getStringCellValue());
            }
            assertThat(found).as("the export lists the province's plan").isTrue();
        }
        // Read-only: no edit form, no save, no attachment.
        long version = jdbc.sql("SELECT row_version FROM document WHERE id = :id").param("id", plan).query(Long.class).single();
        mvc.perform(get("/documents/" + plan + "/edit").with(Users.dinhHoaOfficer())).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/documents/" + plan + "/edit")
                        .param("rowVersion", String.valueOf(version)).param("number", "36/KH-CAT").param("type", "PLAN")
                        .param("issuedOn", "20/05/2015").param("issuer", "Công an xã").param("summary", "Sửa trái phép")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/documents/" + plan + "/attachments").file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .with(Users.dinhHoaOfficer())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT row_version FROM document WHERE id = :id").param("id", plan).query(Long.class).single()).isEqualTo(version);
        assertThat(jdbc.sql("SELECT summary FROM document WHERE id = :id").param("id", plan).query(String.class).single())
                .isNotEqualTo("Sửa trái phép");
        // The province, which issued it, can open its edit form.
        mvc.perform(get("/documents/" + plan + "/edit").with(Users.provinceOfficer())).andExpect(status().isOk())
                .andExpect(content().string(containsString("36/KH-CAT")));
    }

    @Test
    void anotherCommunesDocumentsStayOutOfSight() throws Exception {
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/documents")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"number":"7/KH-UBND","type":"PLAN","issuedOn":"01/10/2026","issuer":"Ủy ban nhân dân xã Phát Diệm",
                                 "unitCode":"14620","summary":"Kế hoạch tuần tra dịp cuối năm"}""")
                        .with(Users.phatDiemOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/documents/" + id).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + id).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + id + "/edit").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents").param("q", "tuan tra dip cuoi nam").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        // A commune's own documents are not pushed up to other communes, but the province sees them.
        mvc.perform(get("/api/v1/documents/" + id).with(Users.provinceOfficer())).andExpect(status().isOk());
        // Counts by child unit put the documents from above in their own group, not "at the unit itself".
        String counts = mvc.perform(get("/api/v1/documents").param("groupBy", "child").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Boolean> above = JsonPath.read(counts, "$.groups[?(@.fromAbove == true)].fromAbove");
        assertThat(above).hasSize(1);
    }
}
