package vn.xomantoan.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The audit trail browser (ADMIN only, see SecurityConfig): changes with their before/after state,
 * and the log of reads of personal data.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    /** A link of the pager; {@code number} is 1-based, null for a gap ("…"). */
    record PageLink(Integer number, String url, boolean current) {
    }

    /** One top-level field whose value differs between the state before and after. */
    record Change(String field, String before, String after) {
    }

    private final AuditQueries queries;
    private final JsonMapper json;
    private final Messages messages;

    AuditController(AuditQueries queries, JsonMapper json, Messages messages) {
        this.queries = queries;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    String events(@RequestParam Map<String, String> params, Model model) {
        AuditFilter filter = filter(params, true, model);
        Page<AuditQueries.EventRow> page = queries.events(filter);
        model.addAttribute("page", page);
        model.addAttribute("pages", pageLinks("/audit", params, page));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entityTypes", queries.entityTypes(false));
        model.addAttribute("tab", "events");
        return "audit/events";
    }

    @GetMapping("/reads")
    String reads(@RequestParam Map<String, String> params, Model model) {
        AuditFilter filter = filter(params, false, model);
        Page<AuditQueries.ReadRow> page = queries.reads(filter);
        model.addAttribute("page", page);
        model.addAttribute("pages", pageLinks("/audit/reads", params, page));
        model.addAttribute("entityTypes", queries.entityTypes(true));
        model.addAttribute("tab", "reads");
        return "audit/reads";
    }

    @GetMapping("/{id:\\d+}")
    String event(@PathVariable long id, Model model) {
        AuditQueries.EventDetail event = queries.event(id).orElseThrow(NotFound::new);
        JsonNode before = parse(event.beforeData());
        JsonNode after = parse(event.afterData());
        model.addAttribute("event", event);
        model.addAttribute("beforeText", pretty(before, event.beforeData()));
        model.addAttribute("afterText", pretty(after, event.afterData()));
        model.addAttribute("changes", changes(before, after));
        model.addAttribute("tab", "events");
        return "audit/event";
    }

    /** The filter of a request; unreadable dates are ignored and explained next to their fields. */
    private AuditFilter filter(Map<String, String> params, boolean withAction, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(params.get("from"), "from", errors);
        LocalDate to = date(params.get("to"), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", messages.get("audit.error.range"));
            to = null;
        }
        AuditAction action = null;
        String actionText = blankToNull(params.get("action"));
        if (withAction && actionText != null) {
            try {
                action = AuditAction.valueOf(actionText);
            } catch (IllegalArgumentException e) {
                errors.put("action", messages.get("audit.error.action"));
            }
        }
        int page = 0;
        try {
            page = Math.max(0, Integer.parseInt(params.getOrDefault("page", "1").trim()) - 1);
        } catch (NumberFormatException e) {
            // A hand-edited page number: show the first page.
        }
        String text = blankToNull(params.get("q"));
        model.addAttribute("f", params);
        model.addAttribute("errors", errors);
        return new AuditFilter(blankToNull(params.get("username")), blankToNull(params.get("entityType")),
                blankToNull(params.get("entityId")), action, from, to, text == null ? null : VietnameseText.clean(text),
                page, PAGE_SIZE);
    }

    private LocalDate date(String text, String field, Map<String, String> errors) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            errors.put(field, messages.get("error.badDate", text));
            return null;
        }
    }

    /** First, last, and up to three pages either side of the current one, with gaps between. */
    static List<PageLink> pageLinks(String path, Map<String, String> params, Page<?> page) {
        List<PageLink> links = new ArrayList<>();
        int total = page.totalPages();
        int current = page.page() + 1;
        Integer previous = null;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 3) {
                if (previous != null && n - previous > 1) {
                    links.add(new PageLink(null, null, false));
                }
                links.add(new PageLink(n, url(path, params, n), n == current));
                previous = n;
            }
        }
        return links;
    }

    private static String url(String path, Map<String, String> params, int pageNumber) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach((k, v) -> {
            if (!k.equals("page") && v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        if (pageNumber > 1) {
            b.queryParam("page", pageNumber);
        }
        return b.encode().build().toUriString();
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private String pretty(JsonNode node, String raw) {
        if (node == null) {
            return raw;
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static List<Change> changes(JsonNode before, JsonNode after) {
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>(before.propertyNames());
        fields.addAll(after.propertyNames());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode b = before.get(field);
            JsonNode a = after.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(field, b == null ? "" : b.toString(), a == null ? "" : a.toString()));
            }
        }
        return changes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
