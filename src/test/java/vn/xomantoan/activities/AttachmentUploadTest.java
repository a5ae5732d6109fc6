package vn.xomantoan.activities;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files are judged by their content: renamed programs and zip bombs are refused, real PDFs and DOCX kept. */
@IntegrationTest
@Transactional
class AttachmentUploadTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long phatDiemActivity() {
        return jdbc.sql("""
                SELECT MIN(a.id) FROM activity a JOIN unit_version u ON u.id = a.unit_id WHERE u.code = '14620'""").query(Long.class).single();
    }

    private long attachments() {
        return jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
    }

    static byte[] windowsExecutable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    @Test
    void aRenamedExecutableIsRefusedWithAClearMessage() throws Exception {
        long id = phatDiemActivity();
        long before = attachments();
        MockMultipartFile file = new MockMultipartFile("file", "minutes.pdf", "application/pdf", windowsExecutable());
        String html = mvc.perform(multipart("/activities/" + id + "/attachments").file(file).with(csrf()).with(Users.phatDiemOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Tệp &quot;minutes.pdf&quot; không được nhận: nội dung thật của tệp không phải PDF")
                .contains("id=\"file-error\"");
        mvc.perform(multipart("/api/v1/activities/" + id + "/attachments").file(file).with(Users.phatDiemOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(containsString("minutes.pdf")));
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void aZipBombDressedAsDocxIsRefusedBeforeAnythingIsStored() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat((long) out.size()).isLessThan(Attachments.MAX_BYTES);
        long before = attachments();
        mvc.perform(multipart("/api/v1/activities/" + phatDiemActivity() + "/attachments")
                        .file(new MockMultipartFile("file", "bien-ban.docx", null, out.toByteArray())).with(Users.phatDiemOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(containsString("bom zip")));
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i < 2_500; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        mvc.perform(multipart("/api/v1/activities/" + phatDiemActivity() + "/attachments")
                        .file(new MockMultipartFile("file", "bien-ban.docx", null, many.toByteArray())).with(Users.phatDiemOfficer()))
                .andExpect(status().isBadRequest());
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void aRealPdfAndARealDocxAreKeptAndDownloadedByTheirOwnersOnly() throws Exception {
        long id = phatDiemActivity();
        mvc.perform(multipart("/activities/" + id + "/attachments").file(new MockMultipartFile("file", "bien-ban.pdf", null, PDF))
                        .with(csrf()).with(Users.phatDiemOfficer()))
                .andExpect(status().is3xxRedirection());
        long attachment = jdbc.sql("SELECT MAX(id) FROM attachment WHERE owner_type = 'ACTIVITY' AND owner_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT media_type FROM attachment WHERE id = :id").param("id", attachment).query(String.class).single())
                .isEqualTo("application/pdf");
        byte[] back = mvc.perform(get("/activities/" + id + "/attachments/" + attachment).with(Users.phatDiemOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(PDF);
        mvc.perform(get("/activities/" + id + "/attachments/" + attachment).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Biên bản buổi tuyên truyền");
            doc.write(docx);
        }
        mvc.perform(multipart("/api/v1/activities/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "bien-ban.docx", null, docx.toByteArray())).with(Users.phatDiemOfficer()))
                .andExpect(status().isCreated());
    }

    @Test
    void documentsTakeTheSameChecks() throws Exception {
        long plan36 = jdbc.sql("SELECT id FROM document WHERE number = '36/KH-CAT'").query(Long.class).single();
        mvc.perform(multipart("/api/v1/documents/" + plan36 + "/attachments")
                        .file(new MockMultipartFile("file", "minutes.pdf", null, windowsExecutable())).with(Users.provinceOfficer()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/documents/" + plan36 + "/attachments")
                        .file(new MockMultipartFile("file", "ke-hoach-36.pdf", null, PDF)).with(Users.provinceOfficer()))
                .andExpect(status().isCreated());
        assertThat(mvc.perform(get("/documents/" + plan36).with(Users.provinceOfficer())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("ke-hoach-36.pdf", "23-TT/TU");
        // A commune officer of Định Hóa reads the provincial plan but cannot attach files to it.
        long files = jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'DOCUMENT' AND owner_id = :id").param("id", plan36)
                .query(Long.class).single();
        mvc.perform(multipart("/api/v1/documents/" + plan36 + "/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", null, PDF)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'DOCUMENT' AND owner_id = :id").param("id", plan36)
                .query(Long.class).single()).isEqualTo(files);
    }
}
