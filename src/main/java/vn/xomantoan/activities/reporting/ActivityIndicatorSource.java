package vn.xomantoan.activities.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.activities.ActivityType;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactCounts;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Activities, publications, media items, programmes and contributions, for the reporting capability. */
@Component
class ActivityIndicatorSource implements IndicatorSource {

    private static final String PERIOD = "&from={from}&to={to}";
    private static final String ACTIVITIES = "/activities?unitId={unitId}" + PERIOD;

    private final FactCounter counter;

    ActivityIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> list = new ArrayList<>();
        for (ActivityType t : ActivityType.values()) {
            list.add(Indicator.flow("activities." + t.name(), "activities", Measure.COUNT, ACTIVITIES + "&type=" + t.name()));
        }
        list.add(Indicator.flow("activities.participants", "activities", Measure.PEOPLE, ACTIVITIES));
        list.add(Indicator.flow("activities.PROPAGANDA_SESSION.religiousVenues", "activities", Measure.COUNT,
                ACTIVITIES + "&type=PROPAGANDA_SESSION"));
        list.add(Indicator.flow("activities.SEMINAR.province", "activities", Measure.COUNT, ACTIVITIES + "&type=SEMINAR"));
        list.add(Indicator.flow("activities.SEMINAR.provinceWomen", "activities", Measure.PEOPLE, ACTIVITIES + "&type=SEMINAR"));
        list.add(Indicator.flow("publications.HANDBOOK", "publications", Measure.COUNT,
                "/activities/publications?unitId={unitId}" + PERIOD + "&type=HANDBOOK"));
        list.add(Indicator.flow("publications.copiesDistributed", "publications", Measure.COPIES,
                "/activities/distributions?unitId={unitId}" + PERIOD));
        list.add(Indicator.flow("publications.areasReached", "publications", Measure.COUNT,
                "/activities/distributions?unitId={unitId}" + PERIOD));
        list.add(Indicator.flow("media.items", "publications", Measure.COUNT, "/activities/media-items?unitId={unitId}" + PERIOD));
        list.add(Indicator.flow("programmes.running", "activities", Measure.COUNT, "/activities/programmes?unitId={unitId}" + PERIOD));
        list.add(Indicator.flow("contributions.donations", "support", Measure.COUNT,
                "/activities/contributions?unitId={unitId}" + PERIOD + "&type=DONATION"));
        list.add(Indicator.flow("contributions.donationsVnd", "support", Measure.VND,
                "/activities/contributions?unitId={unitId}" + PERIOD + "&type=DONATION"));
        list.add(Indicator.flow("contributions.volunteerHours", "support", Measure.HOURS,
                "/activities/contributions?unitId={unitId}" + PERIOD + "&type=VOLUNTEER_WORK"));
        return list;
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        Map<String, Breakdown> v = new HashMap<>();
        // type|level of the organising unit|venue
        FactCounts activities = counter.run(q, FactSql.of("activity r JOIN unit_version u ON u.id = r.unit_id",
                "r.held_on >= :periodFrom AND r.held_on <= :periodTo",
                "CONCAT(CONCAT(CONCAT(CONCAT(r.activity_type, '|'), u.level), '|'), COALESCE(r.venue_kind, ''))",
                List.of("COALESCE(r.participants, 0)", "COALESCE(r.women, 0)")));
        for (ActivityType t : ActivityType.values()) {
            v.put("activities." + t.name(), activities.count(g -> g.startsWith(t.name() + "|")));
        }
        v.put("activities.participants", activities.sum(g -> true, 0));
        v.put("activities.PROPAGANDA_SESSION.religiousVenues", activities.count(g -> g.startsWith("PROPAGANDA_SESSION|")
                && (g.endsWith("|PAGODA") || g.endsWith("|PARISH_CHURCH"))));
        v.put("activities.SEMINAR.province", activities.count(g -> g.startsWith("SEMINAR|PROVINCE|")));
        v.put("activities.SEMINAR.provinceWomen", activities.sum(g -> g.startsWith("SEMINAR|PROVINCE|"), 1));

        FactCounts publications = counter.run(q, FactSql.of("publication r JOIN unit_version u ON u.id = r.unit_id",
                "r.published_on >= :periodFrom AND r.published_on <= :periodTo", "r.kind", List.of()));
        v.put("publications.HANDBOOK", publications.count("HANDBOOK"));
        FactCounts distributions = counter.run(q, FactSql.of("distribution r JOIN unit_version u ON u.id = r.unit_id",
                "r.distributed_on >= :periodFrom AND r.distributed_on <= :periodTo", "u.level", List.of("r.copies")));
        v.put("publications.copiesDistributed", distributions.sum(g -> true, 0));
        FactCounts areas = counter.run(q, FactSql.of("distribution r JOIN unit_version u ON u.id = r.unit_id",
                "r.distributed_on >= :periodFrom AND r.distributed_on <= :periodTo AND u.level = 'RESIDENTIAL_AREA'",
                null, List.of()).distinct("r.unit_id"));
        v.put("publications.areasReached", areas.count());
        v.put("media.items", counter.run(q, FactSql.of("media_item r JOIN unit_version u ON u.id = r.unit_id",
                "r.published_on >= :periodFrom AND r.published_on <= :periodTo", null, List.of())).count());
        v.put("programmes.running", counter.run(q, FactSql.of("programme r JOIN unit_version u ON u.id = r.unit_id",
                "r.started_on <= :periodTo AND (r.ended_on IS NULL OR r.ended_on >= :periodFrom)", null, List.of())).count());
        FactCounts contributions = counter.run(q, FactSql.of("contribution r JOIN unit_version u ON u.id = r.unit_id",
                "r.made_on >= :periodFrom AND r.made_on <= :periodTo", "r.kind",
                List.of("COALESCE(r.amount_vnd, 0)", "COALESCE(r.hours, 0)")));
        v.put("contributions.donations", contributions.count("DONATION"));
        v.put("contributions.donationsVnd", contributions.sum("DONATION", 0));
        v.put("contributions.volunteerHours", contributions.sum("VOLUNTEER_WORK", 1));
        return v;
    }
}
