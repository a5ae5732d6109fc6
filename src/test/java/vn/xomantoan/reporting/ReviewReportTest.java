package vn.xomantoan.reporting;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review report of Ninh Bình for 05/2015–10/2016, asked through the API as the province officer:
 * a background job, then DOCX, PDF and XLSX whose extracted text carries the seed article's figures
 * computed from the demo records, and the Decree 30/2020 header.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportTest {

    @Autowired
    MockMvc mvc;

    long jobId;
    String docxText;
    byte[] docx;
    byte[] pdf;
    byte[] xlsx;

    @BeforeAll
    void generate() throws Exception {
        String body = """
                {"unit": "37", "from": "01/05/2015", "to": "31/10/2016", "kind": "INTERIM", "number": "125/BC-CAT",
                 "issuedOn": "24/10/2016", "title": "Sơ kết 01 năm thực hiện phong trào \\"Tổ dân phố, thôn, xóm an toàn\\" về an ninh, trật tự",
                 "shortcomings": "Một số nơi triển khai còn chậm.\\nSự phối hợp giữa các ngành có lúc chưa chặt chẽ.",
                 "lessons": "Phát huy vai trò nòng cốt của lực lượng Công an."}""";
        String created = mvc.perform(post("/api/v1/reports").with(Users.provinceOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        jobId = ((Number) JsonPath.read(created, "$.jobId")).longValue();
        List<Integer> progress = new ArrayList<>();
        String job = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> {
                    String current = mvc.perform(get("/api/v1/reports/jobs/" + jobId).with(Users.provinceOfficer())).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                    progress.add(JsonPath.read(current, "$.progress"));
                    return current;
                }, current -> List.of("DONE", "FAILED").contains((String) JsonPath.read(current, "$.status")));
        assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(job, "$.progress")).isEqualTo(100);
        assertThat(progress).isSorted();
        docx = download(JsonPath.read(job, "$.links.docx"));
        pdf = download(JsonPath.read(job, "$.links.pdf"));
        xlsx = download(JsonPath.read(job, "$.links.xlsx"));
        // Kept for people to open, like the browser tests' screenshots.
        Path out = Path.of("target", "reports");
        Files.createDirectories(out);
        Files.write(out.resolve("bao-cao-ninh-binh-2015-2016.docx"), docx);
        Files.write(out.resolve("bao-cao-ninh-binh-2015-2016.pdf"), pdf);
        Files.write(out.resolve("bao-cao-ninh-binh-2015-2016.xlsx"), xlsx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
            docxText = ex.getText();
        }
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(get(url).with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static final List<String> SEED_PHRASES = List.of(
            "có 8 đơn vị cấp huyện, 145 đơn vị cấp xã và 1.684 khu dân cư",
            "phát hành 3.124 bản",
            "và 1.684 khu dân cư. Tổ chức 150 buổi tuyên truyền trực tiếp",
            "trong đó 70 buổi tại chùa, nhà thờ giáo xứ; 236 tin, bài, phóng sự",
            "Tổ chức 18 buổi tọa đàm, trao đổi kinh nghiệm ở cơ sở và 1 buổi tọa đàm cấp tỉnh với 120 đại biểu nữ",
            "18 buổi gặp mặt, giao lưu ký kết giao ước thi đua",
            "Ban hành 7 kế hoạch, 9 thông báo hằng tháng, 36 công văn",
            "ban hành 8 thông báo phổ biến kinh nghiệm, nhân rộng điển hình",
            "Xác định 27 địa bàn trọng điểm",
            "chọn 21 xã điểm và 164 tổ dân phố, thôn, xóm",
            "toàn tỉnh lựa chọn 80 đồng chí điển hình tiên tiến",
            "tổng số tiền 70.000.000 đồng");

    @Test
    void wordDocumentCarriesTheSeedFiguresAndTheOfficialHeader() {
        String text = docxText.replaceAll("\\s+", " ");
        assertThat(text).contains(SEED_PHRASES);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CÔNG AN TỈNH NINH BÌNH",
                "Số: 125/BC-CAT", "Ninh Bình, ngày 24 tháng 10 năm 2016", "BÁO CÁO",
                "Sơ kết 01 năm thực hiện phong trào \"Tổ dân phố, thôn, xóm an toàn\" về an ninh, trật tự",
                "V. TỒN TẠI, HẠN CHẾ", "Một số nơi triển khai còn chậm.", "Sự phối hợp giữa các ngành có lúc chưa chặt chẽ.",
                "VI. BÀI HỌC KINH NGHIỆM", "Phát huy vai trò nòng cốt của lực lượng Công an.",
                "Tỷ lệ khu dân cư được công nhận đạt tiêu chuẩn \"An toàn về an ninh, trật tự\": ", "PHỤ LỤC", "Huyện Kim Sơn", "Tổng cộng");
    }

    @Test
    void pdfHasTheSameTextWithVietnameseGlyphs() throws Exception {
        String text;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ninh Bình, ngày 24 tháng 10 năm 2016",
                "150 buổi tuyên truyền", "120 đại biểu nữ", "70.000.000 đồng", "Huyện Yên Mô");
    }

    @Test
    void workbookHasTheAnnexTablesByDistrict() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet annex = wb.getSheet("Phụ lục 1");
            assertThat(annex).isNotNull();
            // Title, blank, header, 8 districts, total.
            assertThat(annex.getLastRowNum()).isEqualTo(2 + 8 + 1);
            Row total = annex.getRow(annex.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1684);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(150);
            double districts = 0;
            for (int r = 3; r < annex.getLastRowNum(); r++) {
                districts += annex.getRow(r).getCell(2).getNumericCellValue();
            }
            assertThat(districts).isEqualTo(1684);
            assertThat(wb.getSheet("Chỉ tiêu")).isNotNull();
        }
    }

    @Test
    void otherCommunesAndLeadersCannotReachTheReport() throws Exception {
        mvc.perform(get("/api/v1/reports/jobs/" + jobId).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/jobs/" + jobId + "/docx").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/jobs/" + jobId).with(Users.leader())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports").with(Users.leader()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\":\"37\",\"from\":\"2016-01-01\",\"to\":\"2016-12-31\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports").with(Users.dinhHoaOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\":\"37\",\"from\":\"2016-01-01\",\"to\":\"2016-12-31\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reports").with(Users.provinceOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\":\"37\",\"from\":\"2016-12-31\",\"to\":\"2016-01-01\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void theBrowserFormSavesTheWrittenPartsAndIsAudited() throws Exception {
        String location = mvc.perform(post("/reporting/reports").with(Users.provinceOfficer()).with(csrf())
                        .param("unit", "37").param("from", "01/01/2016").param("to", "31/12/2016").param("kind", "FINAL")
                        .param("lessons", "Bài học một"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/reporting/reports/\\d+");
        String page = mvc.perform(get(location).with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bài học một", "Tổng kết phong trào");
        mvc.perform(get(location).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        String audit = mvc.perform(get("/audit").with(Users.admin())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(audit).contains("ReviewReport");
    }

    /** The Word file opens in LibreOffice (converted headless to PDF) when LibreOffice is installed. */
    @Test
    void libreOfficeOpensTheWordFile() throws Exception {
        vn.xomantoan.support.Externals.requireLibreOffice();
        Path soffice = vn.xomantoan.support.Externals.SOFFICE;
        Path dir = Files.createTempDirectory("report-docx");
        Path in = dir.resolve("bao-cao.docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
                "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path txt = dir.resolve("bao-cao.txt");
        assertThat(txt).exists();
        String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tổ chức 150 buổi tuyên truyền trực tiếp", "70.000.000 đồng");
    }

    /** The workbook opens in LibreOffice Calc (its first sheet converted headless to CSV) with the diacritics intact. */
    @Test
    void libreOfficeOpensTheWorkbook() throws Exception {
        vn.xomantoan.support.Externals.requireLibreOfficeCalc();
        Path dir = Files.createTempDirectory("report-xlsx");
        Path in = dir.resolve("bao-cao.xlsx");
        Files.write(in, xlsx);
        Process p = new ProcessBuilder(vn.xomantoan.support.Externals.SOFFICE.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path csv = dir.resolve("bao-cao.csv");
        assertThat(csv).exists();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String firstSheetTitle = wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            assertThat(text).contains(firstSheetTitle);
        }
        assertThat(text).containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
    }
}
