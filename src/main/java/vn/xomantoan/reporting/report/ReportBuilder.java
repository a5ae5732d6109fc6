package vn.xomantoan.reporting.report;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.domain.Figures;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.NumberText;
import vn.xomantoan.reporting.domain.ReviewReport;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the review report from the figures: every number in the text and the annexes is an indicator
 * computed for the report's unit, period and hierarchy date. Official documents are in Vietnamese.
 */
@Component
public class ReportBuilder {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** Annex columns: indicator ids, by child unit. */
    static final List<String> ANNEX_WORK = List.of("units.residentialAreas", "households.count", "activities.PROPAGANDA_SESSION",
            "activities.SEMINAR", "activities.EMULATION_SIGNING", "publications.copiesDistributed", "incidents.total",
            "hotspots.keyAreas", "hotspots.selectedAreas");
    static final List<String> ANNEX_HONOURS = List.of("models.running", "exemplars.COMMUNE_SELECTION", "exemplars.PROVINCE_LIST",
            "rewards.count", "rewards.amountVnd", "contributions.donationsVnd");

    private final MessageSource messages;
    private final IndicatorEngine engine;

    ReportBuilder(MessageSource messages, IndicatorEngine engine) {
        this.messages = messages;
        this.engine = engine;
    }

    private String m(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    private static String n(Figures f, String id) {
        return NumberText.integer(f.total(id));
    }

    public ReportDocument build(ReviewReport r, Figures now, Figures before) {
        List<ReportDocument.Section> sections = new ArrayList<>();
        String period = WebDates.format(r.from()) + " – " + WebDates.format(r.to());
        String previous = WebDates.format(before.selection().from()) + " – " + WebDates.format(before.selection().to());

        List<ReportDocument.Paragraph> s1 = new ArrayList<>();
        s1.add(h1(m("report.s1")));
        s1.add(body(now.total("units.districts") > 0
                ? m("report.s1.units", r.unitName(), n(now, "units.districts"), n(now, "units.communes"), n(now, "units.residentialAreas"),
                n(now, "households.count"))
                : m("report.s1.unitsNoDistricts", r.unitName(), n(now, "units.communes"), n(now, "units.residentialAreas"),
                n(now, "households.count"))));
        s1.add(body(m("report.s1.incidents", period, n(now, "incidents.total"), n(before, "incidents.total"), previous,
                change(now, before, "incidents.total"), n(now, "incidents.crime"), n(now, "incidents.crime.SERIOUS"),
                n(now, "incidents.crime.VERY_SERIOUS"), n(now, "incidents.crime.ESPECIALLY_SERIOUS"), n(now, "incidents.socialEvil"))));
        sections.add(new ReportDocument.Section(s1));

        List<ReportDocument.Paragraph> s2 = new ArrayList<>();
        s2.add(h1(m("report.s2")));
        s2.add(h2(m("report.s2.direction")));
        s2.add(body(m("report.s2.direction.text", n(now, "documents.PLAN"), n(now, "documents.NOTICE.PROVINCE"),
                n(now, "documents.OFFICIAL_LETTER"), n(now, "documents.GUIDANCE"), n(now, "documents.NOTICE.DISTRICT"),
                n(now, "documents.PLAN.DISTRICT") )));
        s2.add(h2(m("report.s2.propaganda")));
        s2.add(body(m("report.s2.propaganda.text", n(now, "publications.HANDBOOK"), n(now, "publications.copiesDistributed"),
                n(now, "publications.areasReached"), n(now, "activities.PROPAGANDA_SESSION"),
                n(now, "activities.PROPAGANDA_SESSION.religiousVenues"), n(now, "media.items"))));
        s2.add(h2(m("report.s2.seminars")));
        long seminars = now.total("activities.SEMINAR") - now.total("activities.SEMINAR.province");
        s2.add(body(m("report.s2.seminars.text", NumberText.integer(seminars), n(now, "activities.SEMINAR.province"),
                n(now, "activities.SEMINAR.provinceWomen"), n(now, "activities.EMULATION_SIGNING"),
                n(now, "activities.CONFERENCE"), n(now, "activities.TRAINING"), n(now, "activities.REVIEW_CONFERENCE"),
                n(now, "activities.participants"), n(now, "programmes.running"))));
        s2.add(h2(m("report.s2.hotspots")));
        s2.add(body(m("report.s2.hotspots.text", n(now, "hotspots.keyAreas"), n(now, "hotspots.pilotCommunes"),
                n(now, "hotspots.selectedAreas"), n(now, "hotspots.transformed"), n(now, "hotspots.active"))));
        s2.add(h2(m("report.s2.support")));
        s2.add(body(m("report.s2.support.text", n(now, "contributions.donations"), n(now, "contributions.donationsVnd"),
                n(now, "contributions.volunteerHours"))));
        sections.add(new ReportDocument.Section(s2));

        List<ReportDocument.Paragraph> s3 = new ArrayList<>();
        s3.add(h1(m("report.s3")));
        if (now.has("evaluation.recognisedAreasPercent") || now.has("evaluation.recognisedCommunesPercent")) {
            s3.add(body(m("report.s3.text", percent(now, "evaluation.recognisedAreasPercent"),
                    percent(now, "evaluation.recognisedCommunesPercent"))));
        } else {
            s3.add(body(m("report.s3.noData")));
        }
        if (now.has("commitments.householdCoveragePercent")) {
            s3.add(body(m("report.s3.coverage", percent(now, "commitments.householdCoveragePercent"))));
        }
        sections.add(new ReportDocument.Section(s3));

        List<ReportDocument.Paragraph> s4 = new ArrayList<>();
        s4.add(h1(m("report.s4")));
        s4.add(body(m("report.s4.text", n(now, "models.running"), n(now, "exemplars.COMMUNE_SELECTION"),
                n(now, "exemplars.PROVINCE_LIST"), n(now, "rewards.count"), n(now, "rewards.collective"), n(now, "rewards.individual"),
                n(now, "rewards.amountVnd"))));
        sections.add(new ReportDocument.Section(s4));

        sections.add(written(m("report.s5"), r.shortcomings()));
        sections.add(written(m("report.s6"), r.lessons()));
        if (r.directions() != null && !r.directions().isBlank()) {
            sections.add(written(m("report.s7"), r.directions()));
        }

        List<ReportDocument.Table> annexes = new ArrayList<>();
        annexes.add(annex(m("report.annex1", r.unitName(), period), ANNEX_WORK, now));
        annexes.add(annex(m("report.annex2", r.unitName(), period), ANNEX_HONOURS, now));

        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : engine.catalogue()) {
            Breakdown a = now.get(i.id());
            Breakdown b = before.get(i.id());
            rows.add(List.of(m("indicator.group." + i.group()), m("indicator." + i.id()),
                    a.total() == null ? m("reporting.noData") : (Object) a.total(),
                    b.total() == null ? m("reporting.noData") : (Object) b.total()));
        }
        ReportDocument.Table indicators = new ReportDocument.Table(m("report.indicators", r.unitName()),
                List.of(m("report.col.group"), m("reporting.col.indicator"), m("report.col.period", period),
                        m("report.col.period", previous)), rows, false);

        String placeDate = m("report.placeDate", r.place(), String.format("%02d", r.issuedOn().getDayOfMonth()),
                String.format("%02d", r.issuedOn().getMonthValue()), String.valueOf(r.issuedOn().getYear()));
        return new ReportDocument(r, placeDate, m("report.heading"), sections, annexes, indicators);
    }

    private ReportDocument.Table annex(String title, List<String> ids, Figures f) {
        List<String> header = new ArrayList<>();
        header.add(m("report.col.no"));
        header.add(m("reporting.col.unit"));
        ids.forEach(id -> header.add(m("indicator." + id)));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (UnitView c : f.selection().children()) {
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(c.name());
            for (String id : ids) {
                Breakdown b = f.get(id);
                row.add(b.total() == null ? "" : (Object) b.child(String.valueOf(c.id())));
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        total.add("");
        total.add(m("report.total"));
        for (String id : ids) {
            Long v = f.get(id).total();
            total.add(v == null ? "" : (Object) v);
        }
        rows.add(total);
        return new ReportDocument.Table(title, header, rows, true);
    }

    private String change(Figures now, Figures before, String id) {
        long a = now.total(id);
        long b = before.total(id);
        if (a == b) {
            return m("report.change.same");
        }
        String pct = NumberText.change(a, b);
        return a > b ? m("report.change.up", NumberText.integer(a - b), pct == null ? "" : " (" + pct.replace("+", "") + ")")
                : m("report.change.down", NumberText.integer(b - a), pct == null ? "" : " (" + pct.replace("-", "") + ")");
    }

    private static String percent(Figures f, String id) {
        return f.has(id) ? NumberText.of(vn.xomantoan.reporting.Measure.PERCENT, f.get(id).total()) : "—";
    }

    private ReportDocument.Section written(String heading, String text) {
        List<ReportDocument.Paragraph> list = new ArrayList<>();
        list.add(h1(heading));
        if (text == null || text.isBlank()) {
            list.add(body(m("report.toWrite")));
        } else {
            text.lines().filter(l -> !l.isBlank()).forEach(l -> list.add(body(l)));
        }
        return new ReportDocument.Section(list);
    }

    private static ReportDocument.Paragraph h1(String t) {
        return new ReportDocument.Paragraph(1, t);
    }

    private static ReportDocument.Paragraph h2(String t) {
        return new ReportDocument.Paragraph(2, t);
    }

    private static ReportDocument.Paragraph body(String t) {
        return new ReportDocument.Paragraph(0, t);
    }
}
