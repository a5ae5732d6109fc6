package vn.xomantoan.evaluation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The papers of the procedure, as PDF and as DOCX with the same words: minutes, submission, decision, certificate. */
@IntegrationTest
class RecognitionPapersTest {

    private static final int YEAR = TestDates.YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private byte[] fetch(String url, RequestPostProcessor user) throws Exception {
        byte[] body = mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // Kept for a look in LibreOffice: target/papers/<path>.
        java.nio.file.Path file = java.nio.file.Path.of("target", "papers", url.replaceAll("[^A-Za-z0-9.]+", "_"));
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, body);
        return body;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Lines wrapped by the layout read as one.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void theMinutesListEveryCriterionWithItsVerdictInBothFormats() throws Exception {
        long id = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = '14677-001' AND eval_year = :y").param("y", YEAR).query(Long.class).single();
        int criteria = jdbc.sql("SELECT COUNT(*) FROM eval_criterion k JOIN eval_case c ON c.set_code = k.set_code WHERE c.id = :id")
                .param("id", id).query(Integer.class).single();
        for (String text : new String[]{pdfText(fetch("/evaluation/cases/" + id + "/minutes.pdf", Users.dinhHoaOfficer())),
                docxText(fetch("/evaluation/cases/" + id + "/minutes.docx", Users.dinhHoaOfficer()))}) {
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
                    "ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA", "XÓM 1", "Họp bình xét khu dân cư đạt tiêu chuẩn", "năm " + YEAR,
                    "KDC-1a", "KDC-1c", "KDC-4b", "Thông tư số 124/2021/TT-BCA", "Số tiêu chí đạt: ", "/" + criteria, "CHỦ TRÌ", "THƯ KÝ");
        }
        // Another commune's officer does not get it.
        mvc.perform(get("/evaluation/cases/" + id + "/minutes.pdf").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/cases/" + id + "/minutes.docx").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void theSubmissionCountsTheCommunesAreasAndListsThoseProposed() throws Exception {
        Map<String, Object> counts = jdbc.sql("""
                        SELECT COUNT(*) AS total, SUM(CASE WHEN registered_on IS NOT NULL THEN 1 ELSE 0 END) AS registered
                        FROM eval_case WHERE eval_year = 2016 AND commune_code = '14683' AND unit_kind = 'RESIDENTIAL_AREA'""")
                .query().singleRow();
        String recognised = jdbc.sql("""
                        SELECT MIN(unit_name) FROM eval_case WHERE eval_year = 2016 AND commune_code = '14683'
                        AND unit_kind = 'RESIDENTIAL_AREA' AND outcome = 'RECOGNISED'""").query(String.class).single();
        byte[] docx = fetch("/evaluation/submission.docx?unit=14683&year=2016", Users.provinceOfficer());
        byte[] pdf = fetch("/evaluation/submission.pdf?unit=14683&year=2016", Users.provinceOfficer());
        for (String text : new String[]{pdfText(pdf), docxText(docx)}) {
            assertThat(text).contains("TỜ TRÌNH", "CÔNG AN XÃ KIM TÂN", "Thông tư số 23/2012/TT-BCA",
                    "Tổng số đơn vị thuộc diện đánh giá: " + ((Number) counts.get("total")).intValue(),
                    "đăng ký xây dựng đạt tiêu chuẩn: " + ((Number) counts.get("registered")).intValue(), "DANH SÁCH", recognised);
        }
        mvc.perform(get("/evaluation/submission.docx?unit=14683&year=2016").with(Users.provinceOfficer()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        // An area is not a commune; another commune is out of scope.
        mvc.perform(get("/evaluation/submission.pdf?unit=14677-001&year=" + YEAR).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/submission.pdf?unit=14620&year=" + YEAR).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void theDecisionAndCertificateComeAsEditableWordDocumentsToo() throws Exception {
        Map<String, Object> c = jdbc.sql("""
                        SELECT id, unit_name, certificate_no, decision_id FROM eval_case
                        WHERE eval_year = 2016 AND commune_code = '14683' AND outcome = 'RECOGNISED' AND unit_kind = 'RESIDENTIAL_AREA'
                        ORDER BY id""").query().listOfRows().get(0);
        String decision = docxText(fetch("/evaluation/decisions/" + c.get("decision_id") + "/decision.docx", Users.dinhHoaOfficer()));
        assertThat(decision).contains("QUYẾT ĐỊNH", "Điều 1.", "Điều 3.", "TM. ỦY BAN NHÂN DÂN", "DANH SÁCH",
                (String) c.get("unit_name"), (String) c.get("certificate_no"));
        String certificate = docxText(fetch("/evaluation/cases/" + c.get("id") + "/certificate.docx", Users.dinhHoaOfficer()));
        assertThat(certificate).contains("GIẤY CÔNG NHẬN", ((String) c.get("unit_name")).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "năm 2016", (String) c.get("certificate_no"));
        mvc.perform(get("/evaluation/cases/" + c.get("id") + "/certificate.docx").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
    }
}
