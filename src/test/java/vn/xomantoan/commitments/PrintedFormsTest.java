package vn.xomantoan.commitments;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The printed forms of an area read back: PDF text through PDFBox, DOCX through POI. */
@IntegrationTest
@Transactional
class PrintedFormsTest {

    static final String AREA = "14677-001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long campaign(int year) {
        return jdbc.sql("SELECT id FROM commitment_campaign WHERE eval_year = :y AND subject_kind = 'HOUSEHOLD' AND created_by = 'demo'").param("y", year)
                .query(Long.class).single();
    }

    private byte[] fetch(String url, String type) throws Exception {
        return mvc.perform(get(url).with(Users.areaHead())).andExpect(status().isOk())
                .andExpect(content().contentType(type)).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theAreaFormsArePrintedOnePagePerHouseholdWithVietnameseText() throws Exception {
        new Fixtures(jdbc).household("Nguyễn Thị Hằng Nguyệt", AREA, LocalDate.of(2021, 5, 1), null);
        int year = LocalDate.now().getYear();
        long households = new Fixtures(jdbc).residentCount(AREA, LocalDate.now());
        byte[] pdf = fetch("/commitments/campaigns/" + campaign(year) + "/areas/" + AREA + "/forms.pdf", "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(households);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "PHIẾU ĐĂNG KÝ THAM GIA XÂY DỰNG KHU DÂN CƯ AN TOÀN VỀ AN NINH, TRẬT TỰ", "TRƯỞNG THÔN/TỔ TRƯỞNG",
                    "(Ký, ghi rõ họ tên)", "xã Định Hóa", "Định Hóa, ngày");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Nguyễn Thị Hằng Nguyệt");
        }
    }

    @Test
    void formsOf2016AreCommitmentsUnderCircular23AndTheDocxOpensWithAPageBreakPerHousehold() throws Exception {
        LocalDate on = LocalDate.of(2016, 10, 31);
        String oldArea = "14683-001";
        new Fixtures(jdbc).household("Trần Văn Kim Tân", oldArea, LocalDate.of(2010, 1, 1), null);
        long households = new Fixtures(jdbc).residentCount(oldArea, on);
        String base = "/commitments/campaigns/" + campaign(2016) + "/areas/" + oldArea;
        byte[] docx = mvc.perform(get(base + "/forms.docx").with(Users.dinhHoaOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("BẢN CAM KẾT THỰC HIỆN PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC", "Trần Văn Kim Tân",
                    "xã Kim Tân", "Thông tư số 23/2012/TT-BCA");
            assertThat(doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count()).isEqualTo(households - 1);
        }
        byte[] unsigned = mvc.perform(get(base + "/unsigned.pdf").with(Users.dinhHoaOfficer())).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("DANH SÁCH HỘ CHƯA KÝ CAM KẾT", "Trần Văn Kim Tân");
        }
    }
}
