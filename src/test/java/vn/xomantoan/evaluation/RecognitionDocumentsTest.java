package vn.xomantoan.evaluation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Decisions, certificates and evidence files. */
@IntegrationTest
class RecognitionDocumentsTest {

    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theCertificateFollowsTheAdministrativeFormatWithVietnameseDiacritics() throws Exception {
        Map<String, Object> c = jdbc.sql("""
                        SELECT id, unit_name, certificate_no, decision_id FROM eval_case
                        WHERE eval_year = 2016 AND commune_code = '14683' AND outcome = 'RECOGNISED' AND unit_kind = 'RESIDENTIAL_AREA'
                        ORDER BY id""").query().listOfRows().get(0);
        byte[] pdf = mvc.perform(get("/evaluation/cases/" + c.get("id") + "/certificate.pdf").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY CÔNG NHẬN",
                "ỦY BAN NHÂN DÂN", "XÃ KIM TÂN", (String) c.get("unit_name"), "An toàn về an ninh, trật tự", "năm 2016",
                (String) c.get("certificate_no"), "Kim Tân, ngày");

        byte[] decision = mvc.perform(get("/evaluation/decisions/" + c.get("decision_id") + "/decision.pdf").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(decision)).contains("QUYẾT ĐỊNH", "Số: ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1.", "Thông tư số 23/2012/TT-BCA",
                "TM. ỦY BAN NHÂN DÂN", "DANH SÁCH", (String) c.get("unit_name"));
    }

    @Test
    void certificatesAreScopedAndOnlyForRecognisedUnits() throws Exception {
        long recognised = jdbc.sql("SELECT MIN(id) FROM eval_case WHERE eval_year = 2016 AND commune_code = '14683' AND outcome = 'RECOGNISED'")
                .query(Long.class).single();
        mvc.perform(get("/evaluation/cases/" + recognised + "/certificate.pdf").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        long notDecided = jdbc.sql("SELECT MIN(id) FROM eval_case WHERE eval_year = :y AND commune_code = '14677'").param("y", YEAR)
                .query(Long.class).single();
        mvc.perform(get("/evaluation/cases/" + notDecided + "/certificate.pdf").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void aDecisionCoversAListOfCasesUnderAppraisal() throws Exception {
        long a = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = '14677-006' AND eval_year = :y").param("y", YEAR).query(Long.class).single();
        long b = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = '14677-007' AND eval_year = :y").param("y", YEAR).query(Long.class).single();
        jdbc.sql("UPDATE eval_case SET state = 'UNDER_APPRAISAL', verdict = CASE WHEN id = :a THEN 'MET' ELSE 'NOT_MET' END, appraisal_on = :d WHERE id IN (:a, :b)")
                .param("a", a).param("b", b).param("d", TestDates.past(11, 5)).update();
        jdbc.sql("""
                        INSERT INTO eval_answer (case_id, criterion_code, verdict, note, answered_by, answered_at)
                        SELECT :a, k.code, 'MET', 'Biên bản', 'test', CURRENT_TIMESTAMP FROM eval_criterion k WHERE k.set_code = 'TT124:RESIDENTIAL_AREA'""")
                .param("a", a).update();
        mvc.perform(post("/evaluation/decisions").param("caseIds", String.valueOf(a), String.valueOf(b)).param("number", "215/QĐ-UBND")
                        .param("issuedOn", TestDates.pastText(11, 10)).param("signerName", "Nguyễn Văn Thắng").param("signerTitle", "Chủ tịch")
                        .param("unit", "14677").param("year", String.valueOf(YEAR)).with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT outcome FROM eval_case WHERE id = :a").param("a", a).query(String.class).single()).isEqualTo("RECOGNISED");
        assertThat(jdbc.sql("SELECT outcome FROM eval_case WHERE id = :b").param("b", b).query(String.class).single()).isEqualTo("NOT_RECOGNISED");
        long decision = jdbc.sql("SELECT decision_id FROM eval_case WHERE id = :a").param("a", a).query(Long.class).single();
        mvc.perform(get("/evaluation/decisions/" + decision).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("215/QĐ-UBND")));
        String text = text(mvc.perform(get("/evaluation/cases/" + a + "/certificate.pdf").with(Users.dinhHoaOfficer()))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("XÃ ĐỊNH HÓA", "01/GCN-215/QĐ-UBND");
    }

    @Test
    @Transactional
    void evidenceFilesAreCheckedByContentAndSize() throws Exception {
        long id = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = '14677-008' AND eval_year = :y").param("y", YEAR).query(Long.class).single();
        byte[] pdf = minimalPdf();
        mvc.perform(multipart("/evaluation/cases/" + id + "/evidence").file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf))
                        .param("title", "Biên bản họp khu dân cư").param("criterion", "KDC-2").param("docNumber", "01/BB")
                        .param("docDate", TestDates.pastText(11, 3)).with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/evaluation/cases/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "gia-mao.pdf", "application/pdf", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Tệp giả").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("file-error")))
                .andExpect(content().string(containsString("không được chấp nhận")))
                .andExpect(content().string(containsString("Tệp giả")));
        mvc.perform(multipart("/evaluation/cases/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))
                        .param("title", "Tệp lớn").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lớn hơn 10 MB")));
        assertThat(jdbc.sql("SELECT content_type FROM eval_evidence WHERE case_id = :id").param("id", id).query(String.class).list())
                .containsExactly("application/pdf");
        long evidence = jdbc.sql("SELECT id FROM eval_evidence WHERE case_id = :id").param("id", id).query(Long.class).single();
        mvc.perform(get("/evaluation/cases/" + id + "/evidence/" + evidence).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(get("/evaluation/cases/" + id + "/evidence/" + evidence).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(multipart("/evaluation/cases/" + id + "/evidence").param("title", "Ghi chú").with(csrf()).with(Users.leader()))
                .andExpect(status().isForbidden());
    }

    private static byte[] minimalPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
