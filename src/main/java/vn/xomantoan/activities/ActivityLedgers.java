package vn.xomantoan.activities;

import java.util.List;
import java.util.Map;

/** The ledger kinds of this capability: how their lists, counts and exports are built. */
public final class ActivityLedgers {

    private ActivityLedgers() {
    }

    public static final LedgerKind ACTIVITIES = new LedgerKind("activities", "activities.title", "/activities",
            "activity r LEFT JOIN unit_version pu ON pu.id = r.place_unit_id", "r.held_on", null, "r.activity_type",
            "activity.type.", LedgerKind.names(ActivityType.class),
            List.of(new LedgerSum("participants", "activities.col.participants", "r.participants", false),
                    new LedgerSum("women", "activities.col.women", "r.women", false)),
            List.of(LedgerColumn.date("heldOn", "activities.col.heldOn", "r.held_on"),
                    LedgerColumn.label("type", "activities.col.type", "r.activity_type", "activity.type."),
                    LedgerColumn.text("title", "activities.col.title", "r.title"),
                    LedgerColumn.text("place", "activities.col.place", "pu.name"),
                    LedgerColumn.label("venue", "activities.col.venue", "r.venue_kind", "activity.venue."),
                    LedgerColumn.number("participants", "activities.col.participants", "r.participants"),
                    LedgerColumn.number("women", "activities.col.women", "r.women")),
            Map.of("venue", LedgerColumn.label("venue", "activities.col.venue", "COALESCE(r.venue_kind, 'OTHER')", "activity.venue.")),
            false, "/activities/{id}");

    public static final LedgerKind PUBLICATIONS = new LedgerKind("publications", "publications.title", "/activities/publications",
            "publication r", "r.published_on", null, "r.kind", "publication.kind.", LedgerKind.names(PublicationKind.class),
            List.of(new LedgerSum("copiesPrinted", "publications.col.copiesPrinted", "r.copies_printed", false)),
            List.of(LedgerColumn.date("publishedOn", "publications.col.publishedOn", "r.published_on"),
                    LedgerColumn.label("kind", "publications.col.kind", "r.kind", "publication.kind."),
                    LedgerColumn.text("title", "publications.col.title", "r.title"),
                    LedgerColumn.number("copiesPrinted", "publications.col.copiesPrinted", "r.copies_printed"),
                    LedgerColumn.number("copiesDistributed", "publications.col.copiesDistributed",
                            "(SELECT COALESCE(SUM(d.copies), 0) FROM distribution d WHERE d.publication_id = r.id)")),
            Map.of(), false, null);

    /** Distributions count where the copies went: the recipient unit and the distribution date. */
    public static final LedgerKind DISTRIBUTIONS = new LedgerKind("distributions", "distributions.title",
            "/activities/distributions", "distribution r JOIN publication p ON p.id = r.publication_id", "r.distributed_on", null,
            "p.kind", "publication.kind.", LedgerKind.names(PublicationKind.class),
            List.of(new LedgerSum("copies", "distributions.col.copies", "r.copies", false)),
            List.of(LedgerColumn.date("distributedOn", "distributions.col.distributedOn", "r.distributed_on"),
                    LedgerColumn.text("publication", "distributions.col.publication", "p.title"),
                    LedgerColumn.text("recipientGroup", "distributions.col.recipientGroup", "r.recipient_group"),
                    LedgerColumn.number("copies", "distributions.col.copies", "r.copies")),
            Map.of(), false, null);

    public static final LedgerKind MEDIA_ITEMS = new LedgerKind("media-items", "media.title", "/activities/media-items",
            "media_item r", "r.published_on", null, "r.kind", "media.kind.", LedgerKind.names(MediaKind.class), List.of(),
            List.of(LedgerColumn.date("publishedOn", "media.col.publishedOn", "r.published_on"),
                    LedgerColumn.label("kind", "media.col.kind", "r.kind", "media.kind."),
                    LedgerColumn.text("title", "media.col.title", "r.title"),
                    LedgerColumn.text("outlet", "media.col.outlet", "r.outlet"),
                    LedgerColumn.label("outletKind", "media.col.outletKind", "r.outlet_kind", "media.outlet."),
                    LedgerColumn.text("link", "media.col.link", "r.link")),
            Map.of("outlet", LedgerColumn.label("outletKind", "media.col.outletKind", "r.outlet_kind", "media.outlet.")),
            false, null);

    public static final LedgerKind PROGRAMMES = new LedgerKind("programmes", "programmes.title", "/activities/programmes",
            "programme r", "r.started_on", "r.ended_on", "r.kind", "programme.kind.", LedgerKind.names(ProgrammeKind.class),
            List.of(), List.of(LedgerColumn.text("name", "programmes.col.name", "r.name"),
                    LedgerColumn.label("kind", "programmes.col.kind", "r.kind", "programme.kind."),
                    LedgerColumn.date("startedOn", "programmes.col.startedOn", "r.started_on"),
                    LedgerColumn.date("endedOn", "programmes.col.endedOn", "r.ended_on"),
                    LedgerColumn.number("units", "programmes.col.units",
                            "(SELECT COUNT(*) FROM programme_unit pu WHERE pu.programme_id = r.id)"),
                    LedgerColumn.number("activities", "programmes.col.activities",
                            "(SELECT COUNT(*) FROM activity_programme ap WHERE ap.programme_id = r.id)")),
            Map.of(), false, null);

    public static final LedgerKind CONTRIBUTIONS = new LedgerKind("contributions", "contributions.title",
            "/activities/contributions", "contribution r", "r.made_on", null, "r.kind", "contribution.kind.",
            LedgerKind.names(ContributionKind.class),
            List.of(new LedgerSum("amountVnd", "contributions.col.amount", "COALESCE(r.amount_vnd, 0)", true),
                    new LedgerSum("participants", "contributions.col.participants", "COALESCE(r.participants, 0)", false),
                    new LedgerSum("hours", "contributions.col.hours", "COALESCE(r.hours, 0)", false)),
            List.of(LedgerColumn.date("madeOn", "contributions.col.madeOn", "r.made_on"),
                    LedgerColumn.label("kind", "contributions.col.kind", "r.kind", "contribution.kind."),
                    LedgerColumn.text("purpose", "contributions.col.purpose", "r.purpose"),
                    LedgerColumn.text("donors", "contributions.col.donors", "r.donors"),
                    LedgerColumn.money("amountVnd", "contributions.col.amount", "r.amount_vnd"),
                    LedgerColumn.text("campaign", "contributions.col.campaign", "r.campaign"),
                    LedgerColumn.number("participants", "contributions.col.participants", "r.participants"),
                    LedgerColumn.number("hours", "contributions.col.hours", "r.hours")),
            Map.of(), false, null);

    public static final List<LedgerKind> ALL = List.of(ACTIVITIES, PUBLICATIONS, DISTRIBUTIONS, MEDIA_ITEMS, PROGRAMMES, CONTRIBUTIONS);
}
