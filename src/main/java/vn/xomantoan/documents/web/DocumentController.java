package vn.xomantoan.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.activities.Attachments;
import vn.xomantoan.activities.LedgerRequest;
import vn.xomantoan.activities.LedgerWeb;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.documents.DocumentDraft;
import vn.xomantoan.documents.DocumentLedgers;
import vn.xomantoan.documents.domain.DocumentDetails;
import vn.xomantoan.documents.domain.DocumentService;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Document list, detail with legal basis and attachments, upload and download, and the API. */
@Controller
@Tag(name = "Văn bản / Documents")
class DocumentController {

    static final String OWNER = "DOCUMENT";

    private final LedgerWeb web;
    private final DocumentService service;
    private final DocumentDetails details;
    private final Attachments attachments;
    private final WriteAccess writes;
    private final AccessScope access;
    private final Messages messages;

    DocumentController(LedgerWeb web, DocumentService service, DocumentDetails details, Attachments attachments,
                       WriteAccess writes, AccessScope access, Messages messages) {
        this.web = web;
        this.service = service;
        this.details = details;
        this.attachments = attachments;
        this.writes = writes;
        this.access = access;
        this.messages = messages;
    }

    record Created(long id) {
    }

    @GetMapping("/documents")
    String list(LedgerRequest request, Model model) {
        return web.page(DocumentLedgers.DOCUMENTS, List.of(DocumentLedgers.DOCUMENTS), request, model, Map.of());
    }

    @GetMapping("/documents/export.xlsx")
    void export(LedgerRequest request, HttpServletResponse response) throws IOException {
        web.exportXlsx(DocumentLedgers.DOCUMENTS, request, response);
    }

    @GetMapping("/documents/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", details.load(id));
        model.addAttribute("attachments", attachments.list(OWNER, id));
        // Documents of a unit above (a province plan seen from a commune) are read-only here.
        model.addAttribute("canWrite", service.canEdit(id));
        return "documents/document";
    }

    @PostMapping("/documents/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        writes.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        service.requireEditable(id);
        try {
            attachments.store(OWNER, id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", messages.get("attachment.saved", file.getOriginalFilename()));
            return "redirect:/documents/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("uploadErrors", messages.byField(e));
            return detail(id, model);
        }
    }

    @GetMapping("/documents/{id}/attachments/{attachmentId}")
    void download(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) throws IOException {
        details.load(id);
        Attachments.AttachmentFile file = attachments.load(OWNER, id, attachmentId).orElseThrow(NotFound::new);
        response.setContentType(file.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }

    @GetMapping("/api/v1/documents")
    @ResponseBody
    @Operation(summary = "Documents (central ones included unless a unit is chosen); groupBy=child|type|year gives counts")
    Object api(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(DocumentLedgers.DOCUMENTS, request, groupBy);
    }

    @GetMapping("/api/v1/documents/{id}")
    @ResponseBody
    DocumentDetails.Detail one(@PathVariable long id) {
        return details.load(id);
    }

    @PostMapping("/api/v1/documents")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody DocumentDraft draft) {
        return new Created(service.create(draft));
    }

    @PostMapping("/api/v1/documents/{id}/attachments")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        writes.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        service.requireEditable(id);
        return new Created(attachments.store(OWNER, id, file.getOriginalFilename(), file.getBytes()));
    }
}
