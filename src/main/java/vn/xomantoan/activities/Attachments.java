package vn.xomantoan.activities;

import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.ValidationFailure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Files attached to activities and documents. The content decides what a file is (never its name):
 * only PDF, DOCX, XLSX, JPEG and PNG are kept, at most 10 MB, and Office files are unpacked as a
 * stream first so that a zip bomb is refused before anything is stored. Callers check that the
 * owning record is inside the user's scope before calling.
 */
@Service
public class Attachments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 2_000;
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            PDF, Set.of("pdf"), DOCX, Set.of("docx"), XLSX, Set.of("xlsx"), JPEG, Set.of("jpg", "jpeg"), PNG, Set.of("png"));

    public record AttachmentView(long id, String fileName, String mediaType, long sizeBytes, LocalDateTime uploadedAt,
                                 String uploadedBy) {
    }

    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Tika tika = new Tika();

    Attachments(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Checks the file and stores it; throws ValidationFailure (field "file") when refused. */
    @Transactional
    public long store(String ownerType, long ownerId, String fileName, byte[] bytes) {
        String name = cleanName(fileName);
        String mediaType = check(name, bytes);
        String user = SecurityContextHolder.getContext().getAuthentication() == null ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO attachment (owner_type, owner_id, file_name, media_type, size_bytes, content, uploaded_at, uploaded_by)
                        VALUES (:type, :owner, :name, :media, :size, :content, :at, :user)""")
                .param("type", ownerType).param("owner", ownerId).param("name", name).param("media", mediaType)
                .param("size", (long) bytes.length).param("content", bytes).param("at", LocalDateTime.now()).param("user", user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditAction.CREATE, "Attachment", id, "Đính kèm tệp \"" + name + "\" vào " + ownerLabel(ownerType) + " #" + ownerId,
                null, Map.of("ownerType", ownerType, "ownerId", ownerId, "fileName", name, "mediaType", mediaType, "size", bytes.length));
        return id;
    }

    private static String ownerLabel(String ownerType) {
        return "DOCUMENT".equals(ownerType) ? "văn bản" : "hoạt động";
    }

    /** The content type of an acceptable file, or a ValidationFailure explaining why it is refused. */
    public String check(String fileName, byte[] bytes) {
        String name = cleanName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw ValidationFailure.of("file", "attachment.error.empty", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw ValidationFailure.of("file", "attachment.error.tooLarge", name);
        }
        String detected = tika.detect(bytes);
        String mediaType = switch (detected) {
            case PDF, JPEG, PNG -> detected;
            case "application/zip", "application/x-tika-ooxml", DOCX, XLSX -> officeType(name, bytes);
            default -> throw ValidationFailure.of("file", "attachment.error.type", name, detected);
        };
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.get(mediaType).contains(extension)) {
            throw ValidationFailure.of("file", "attachment.error.nameMismatch", name, EXTENSIONS.get(mediaType).iterator().next().toUpperCase(Locale.ROOT));
        }
        return mediaType;
    }

    /** Reads the archive as a stream, counting entries and real uncompressed bytes against the limits. */
    private String officeType(String name, byte[] bytes) {
        Set<String> entries = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= MAX_ZIP_ENTRIES) {
                    throw ValidationFailure.of("file", "attachment.error.zipBomb", name);
                }
                entries.add(entry.getName());
                total += drain(zip, buffer, MAX_UNZIPPED_BYTES - total);
                if (total > MAX_UNZIPPED_BYTES) {
                    throw ValidationFailure.of("file", "attachment.error.zipBomb", name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ValidationFailure.of("file", "attachment.error.unreadable", name);
        }
        if (entries.contains("[Content_Types].xml") && entries.contains("word/document.xml")) {
            return DOCX;
        }
        if (entries.contains("[Content_Types].xml") && entries.contains("xl/workbook.xml")) {
            return XLSX;
        }
        throw ValidationFailure.of("file", "attachment.error.type", name, "application/zip");
    }

    /** Reads the entry up to one byte past the budget; returns the bytes read. */
    private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget) {
                return read;
            }
        }
        return read;
    }

    public List<AttachmentView> list(String ownerType, long ownerId) {
        return jdbc.sql("""
                        SELECT id, file_name, media_type, size_bytes, uploaded_at, uploaded_by FROM attachment
                        WHERE owner_type = :t AND owner_id = :o ORDER BY id""")
                .param("t", ownerType).param("o", ownerId)
                .query((rs, n) -> new AttachmentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDateTime.class), rs.getString(6))).list();
    }

    public Optional<AttachmentFile> load(String ownerType, long ownerId, long id) {
        return jdbc.sql("SELECT file_name, media_type, content FROM attachment WHERE id = :id AND owner_type = :t AND owner_id = :o")
                .param("id", id).param("t", ownerType).param("o", ownerId)
                .query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "tep";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
