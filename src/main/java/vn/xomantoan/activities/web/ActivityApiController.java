package vn.xomantoan.activities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.xomantoan.activities.ActivityDraft;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Attachments;
import vn.xomantoan.activities.ContributionDraft;
import vn.xomantoan.activities.DistributionDraft;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.LedgerRequest;
import vn.xomantoan.activities.LedgerWeb;
import vn.xomantoan.activities.MediaItemDraft;
import vn.xomantoan.activities.ProgrammeDraft;
import vn.xomantoan.activities.PublicationDraft;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.activities.domain.ActivityDetails;
import vn.xomantoan.activities.domain.ActivityService;
import vn.xomantoan.activities.domain.ContributionService;
import vn.xomantoan.activities.domain.MediaItemService;
import vn.xomantoan.activities.domain.ProgrammeService;
import vn.xomantoan.activities.domain.PublicationService;
import vn.xomantoan.identity.Role;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * List (filters unit, unitId, from, to, type, q; groupBy=child|type|year for counts) and create for
 * activities, publications, media items, programmes and contributions; same scope rules as the pages.
 */
@RestController
@Tag(name = "Hoạt động phong trào / Activities")
class ActivityApiController {

    private final LedgerWeb web;
    private final LedgerQueries ledger;
    private final ActivityService activities;
    private final ActivityDetails details;
    private final PublicationService publications;
    private final MediaItemService media;
    private final ProgrammeService programmes;
    private final ContributionService contributions;
    private final Attachments attachments;
    private final WriteAccess access;

    ActivityApiController(LedgerWeb web, LedgerQueries ledger, ActivityService activities, ActivityDetails details,
                          PublicationService publications, MediaItemService media, ProgrammeService programmes,
                          ContributionService contributions, Attachments attachments, WriteAccess access) {
        this.web = web;
        this.ledger = ledger;
        this.activities = activities;
        this.details = details;
        this.publications = publications;
        this.media = media;
        this.programmes = programmes;
        this.contributions = contributions;
        this.attachments = attachments;
        this.access = access;
    }

    record Created(long id) {
    }

    @GetMapping("/api/v1/activities")
    @Operation(summary = "Activities in the caller's scope; groupBy=child|type|year|venue gives counts with participants and women")
    Object activities(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(ActivityLedgers.ACTIVITIES, request, groupBy);
    }

    @GetMapping("/api/v1/activities/{id}")
    ActivityDetails.Detail activity(@PathVariable long id) {
        return details.load(id);
    }

    @PostMapping("/api/v1/activities")
    @ResponseStatus(HttpStatus.CREATED)
    Created createActivity(@RequestBody ActivityDraft draft) {
        return new Created(activities.create(draft));
    }

    @PutMapping("/api/v1/activities/{id}")
    void updateActivity(@PathVariable long id, @RequestParam long rowVersion, @RequestBody ActivityDraft draft) {
        activities.update(id, rowVersion, draft);
    }

    @PostMapping("/api/v1/activities/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a PDF, DOCX, XLSX, JPEG or PNG (10 MB at most; content checked, not the name)")
    Created attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        access.require(ActivityService.WRITERS.toArray(Role[]::new));
        details.load(id);
        return new Created(attachments.store(ActivityFormController.OWNER, id, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/api/v1/activities/{id}/attachments")
    List<Attachments.AttachmentView> attachmentsOf(@PathVariable long id) {
        details.load(id);
        return attachments.list(ActivityFormController.OWNER, id);
    }

    @GetMapping("/api/v1/publications")
    @Operation(summary = "Publications by publisher unit; groupBy gives counts with copies printed")
    Object publications(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(ActivityLedgers.PUBLICATIONS, request, groupBy);
    }

    @GetMapping("/api/v1/publications/distributions")
    @Operation(summary = "Distributions by recipient unit; groupBy=child gives copies handed to each child unit")
    Object distributions(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(ActivityLedgers.DISTRIBUTIONS, request, groupBy);
    }

    @PostMapping("/api/v1/publications")
    @ResponseStatus(HttpStatus.CREATED)
    Created createPublication(@RequestBody PublicationDraft draft) {
        return new Created(publications.create(draft));
    }

    @PostMapping("/api/v1/publications/{id}/distributions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> distribute(@PathVariable long id, @RequestBody List<DistributionDraft> drafts) {
        publications.distribute(id, drafts);
        return Map.of("publication", id, "distributions", drafts.size());
    }

    @GetMapping("/api/v1/media-items")
    Object mediaItems(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(ActivityLedgers.MEDIA_ITEMS, request, groupBy);
    }

    @PostMapping("/api/v1/media-items")
    @ResponseStatus(HttpStatus.CREATED)
    Created createMediaItem(@RequestBody MediaItemDraft draft) {
        return new Created(media.create(draft));
    }

    @GetMapping("/api/v1/programmes")
    Object programmes(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(ActivityLedgers.PROGRAMMES, request, groupBy);
    }

    @PostMapping("/api/v1/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    Created createProgramme(@RequestBody ProgrammeDraft draft) {
        return new Created(programmes.create(draft));
    }

    @GetMapping("/api/v1/contributions")
    Object contributions(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(ActivityLedgers.CONTRIBUTIONS, request, groupBy);
    }

    @PostMapping("/api/v1/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    Created createContribution(@RequestBody ContributionDraft draft) {
        return new Created(contributions.create(draft));
    }
}
