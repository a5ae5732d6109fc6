package vn.xomantoan.honours.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.xomantoan.activities.LedgerImport;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.LedgerRequest;
import vn.xomantoan.activities.LedgerWeb;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.honours.ExemplarDraft;
import vn.xomantoan.honours.HonourLedgers;
import vn.xomantoan.honours.ModelDraft;
import vn.xomantoan.honours.RecipientKind;
import vn.xomantoan.honours.RewardDraft;
import vn.xomantoan.honours.RewardForm;
import vn.xomantoan.honours.RewardLevel;
import vn.xomantoan.honours.SelfGoverningModels;
import vn.xomantoan.honours.domain.HonourService;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists, exports, API and reward import for models, exemplars and rewards. */
@Controller
@Tag(name = "Điển hình, khen thưởng / Honours")
class HonourController {

    static final Map<String, String> REWARD_COLUMNS = new LinkedHashMap<>();

    static {
        REWARD_COLUMNS.put("decisionNumber", "rewards.col.decisionNumber");
        REWARD_COLUMNS.put("decidedOn", "rewards.col.decidedOn");
        REWARD_COLUMNS.put("authority", "rewards.col.authority");
        REWARD_COLUMNS.put("level", "rewards.col.level");
        REWARD_COLUMNS.put("form", "rewards.col.form");
        REWARD_COLUMNS.put("recipientKind", "rewards.col.recipientKind");
        REWARD_COLUMNS.put("unit", "ledger.col.unitCode");
        REWARD_COLUMNS.put("recipientName", "rewards.col.recipientName");
        REWARD_COLUMNS.put("amountVnd", "rewards.col.amount");
        REWARD_COLUMNS.put("reason", "rewards.col.reason");
    }

    private final LedgerWeb web;
    private final HonourService service;
    private final SelfGoverningModels models;
    private final LedgerImport imports;
    private final WriteAccess access;
    private final Messages messages;

    HonourController(LedgerWeb web, HonourService service, SelfGoverningModels models, LedgerImport imports, WriteAccess access,
                     Messages messages) {
        this.web = web;
        this.service = service;
        this.models = models;
        this.imports = imports;
        this.access = access;
        this.messages = messages;
    }

    record Created(long id) {
    }

    @GetMapping("/honours")
    String models(LedgerRequest request, Model model) {
        return web.page(HonourLedgers.MODELS, HonourLedgers.ALL, request, model, Map.of());
    }

    @GetMapping("/honours/exemplars")
    String exemplars(LedgerRequest request, Model model) {
        return web.page(HonourLedgers.EXEMPLARS, HonourLedgers.ALL, request, model, Map.of());
    }

    @GetMapping("/honours/rewards")
    String rewards(LedgerRequest request, Model model) {
        return web.page(HonourLedgers.REWARDS, HonourLedgers.ALL, request, model, Map.of("importRewards", "/honours/rewards/import"));
    }

    @GetMapping("/honours/export.xlsx")
    void exportModels(LedgerRequest request, HttpServletResponse response) throws IOException {
        web.exportXlsx(HonourLedgers.MODELS, request, response);
    }

    @GetMapping("/honours/{kind:exemplars|rewards}/export.xlsx")
    void export(@PathVariable String kind, LedgerRequest request, HttpServletResponse response) throws IOException {
        web.exportXlsx("rewards".equals(kind) ? HonourLedgers.REWARDS : HonourLedgers.EXEMPLARS, request, response);
    }

    @GetMapping("/honours/rewards/import")
    String importForm(Model model) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        return showImport(model);
    }

    @PostMapping("/honours/rewards/import")
    String importRewards(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        try {
            model.addAttribute("imported", runImport(file));
        } catch (LedgerImport.Rejected e) {
            model.addAttribute("problems", e.problems());
        }
        return showImport(model);
    }

    @PostMapping("/api/v1/rewards/import")
    @ResponseBody
    ResponseEntity<Map<String, Object>> importApi(@RequestParam("file") MultipartFile file) throws IOException {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", runImport(file)));
        } catch (LedgerImport.Rejected e) {
            return ResponseEntity.badRequest().body(Map.of("title", messages.get("import.rejected"), "problems", e.problems()));
        }
    }

    private int runImport(MultipartFile file) throws IOException {
        return imports.run(file.getOriginalFilename(), file.getBytes(), imports.aliases(REWARD_COLUMNS), row -> new RewardDraft(
                row.get("decisionNumber"), row.get("decidedOn"), row.get("authority"),
                imports.enumValue(row.get("level"), "reward.level.", LedgerKind.names(RewardLevel.class)),
                imports.enumValue(row.get("form"), "reward.form.", LedgerKind.names(RewardForm.class)),
                imports.enumValue(row.get("recipientKind"), "reward.recipient.", LedgerKind.names(RecipientKind.class)),
                row.get("unit"), row.get("recipientName"), null, amount(row.get("amountVnd")), row.get("reason")),
                service::validateReward, service::insertReward);
    }

    private static Long amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.replaceAll("[.,\\sđ]", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private String showImport(Model model) {
        model.addAttribute("titleKey", "rewards.import.title");
        model.addAttribute("action", "/honours/rewards/import");
        model.addAttribute("back", "/honours/rewards");
        model.addAttribute("columns", REWARD_COLUMNS.values().stream().map(messages::get).toList());
        return "activities/import";
    }

    @GetMapping("/api/v1/models")
    @ResponseBody
    @Operation(summary = "Self-governing models active in the period; groupBy=child|type|year")
    Object modelsApi(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(HonourLedgers.MODELS, request, groupBy);
    }

    @GetMapping("/api/v1/models/active")
    @ResponseBody
    @Operation(summary = "Models of a unit (by version id) active in a year, with that year's rating")
    List<SelfGoverningModels.ActiveModel> active(@RequestParam long unitId, @RequestParam int year) {
        access.unitById(unitId).orElseThrow(vn.xomantoan.shared.NotFound::new);
        return models.activeIn(unitId, year);
    }

    @PostMapping("/api/v1/models")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created createModel(@RequestBody ModelDraft draft) {
        return new Created(service.createModel(draft));
    }

    @GetMapping("/api/v1/exemplars")
    @ResponseBody
    @Operation(summary = "Exemplars; groupBy=child|type|year|role")
    Object exemplarsApi(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(HonourLedgers.EXEMPLARS, request, groupBy);
    }

    @PostMapping("/api/v1/exemplars")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created createExemplar(@RequestBody ExemplarDraft draft) {
        return new Created(service.createExemplar(draft));
    }

    @GetMapping("/api/v1/rewards")
    @ResponseBody
    @Operation(summary = "Rewards (one row per recipient); groupBy=child|type|year|level|recipientKind with amounts in VND")
    Object rewardsApi(LedgerRequest request, @RequestParam(required = false) String groupBy) {
        return web.api(HonourLedgers.REWARDS, request, groupBy);
    }

    @PostMapping("/api/v1/rewards")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created createReward(@RequestBody RewardDraft draft) {
        return new Created(service.createReward(draft));
    }
}
