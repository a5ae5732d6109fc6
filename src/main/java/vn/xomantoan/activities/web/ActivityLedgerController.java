package vn.xomantoan.activities.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.LedgerRequest;
import vn.xomantoan.activities.LedgerWeb;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lists of activities, publications, distributions, media items, programmes and contributions. */
@Controller
class ActivityLedgerController {

    private static final List<LedgerKind> TABS = ActivityLedgers.ALL;

    private final LedgerWeb web;

    ActivityLedgerController(LedgerWeb web) {
        this.web = web;
    }

    @GetMapping("/activities")
    String activities(LedgerRequest request, Model model) {
        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("newActivity", "/activities/new");
        actions.put("importActivities", "/activities/import");
        return web.page(ActivityLedgers.ACTIVITIES, TABS, request, model, actions);
    }

    @GetMapping("/activities/publications")
    String publications(LedgerRequest request, Model model) {
        return web.page(ActivityLedgers.PUBLICATIONS, TABS, request, model, Map.of());
    }

    @GetMapping("/activities/distributions")
    String distributions(LedgerRequest request, Model model) {
        return web.page(ActivityLedgers.DISTRIBUTIONS, TABS, request, model, Map.of());
    }

    @GetMapping("/activities/media-items")
    String media(LedgerRequest request, Model model) {
        return web.page(ActivityLedgers.MEDIA_ITEMS, TABS, request, model, Map.of());
    }

    @GetMapping("/activities/programmes")
    String programmes(LedgerRequest request, Model model) {
        return web.page(ActivityLedgers.PROGRAMMES, TABS, request, model, Map.of());
    }

    @GetMapping("/activities/contributions")
    String contributions(LedgerRequest request, Model model) {
        return web.page(ActivityLedgers.CONTRIBUTIONS, TABS, request, model, Map.of());
    }

    @GetMapping("/activities/export.xlsx")
    void exportActivities(LedgerRequest request, HttpServletResponse response) throws IOException {
        web.exportXlsx(ActivityLedgers.ACTIVITIES, request, response);
    }

    @GetMapping("/activities/{kind:publications|distributions|media-items|programmes|contributions}/export.xlsx")
    void export(@org.springframework.web.bind.annotation.PathVariable String kind, LedgerRequest request,
                HttpServletResponse response) throws IOException {
        LedgerKind k = TABS.stream().filter(t -> t.key().equals(kind)).findFirst().orElseThrow();
        web.exportXlsx(k, request, response);
    }
}
