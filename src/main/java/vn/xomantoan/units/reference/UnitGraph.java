package vn.xomantoan.units.reference;

import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.domain.UnitDraft;
import vn.xomantoan.units.domain.UnitWriter.LoadedLink;
import vn.xomantoan.units.domain.UnitWriter.LoadedUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hierarchy built in memory before one bulk insert: unit versions with ids and paths assigned
 * here, and the succession links between them.
 */
final class UnitGraph {

    static final class Node {
        final long id;
        final String code;
        final boolean official;
        final String name;
        final UnitType type;
        final Node parent;
        final String path;
        final LocalDate from;
        LocalDate to;
        EnterpriseSize enterpriseSize;
        SchoolLevel schoolLevel;
        final List<Node> children = new ArrayList<>();
        final List<Link> outgoing = new ArrayList<>();

        Node(long id, String code, boolean official, String name, UnitType type, Node parent, LocalDate from) {
            this.id = id;
            this.code = code;
            this.official = official;
            this.name = name;
            this.type = type;
            this.parent = parent;
            this.path = (parent == null ? "/" : parent.path) + id + "/";
            this.from = from;
        }

        int depth() {
            return parent == null ? 0 : parent.depth() + 1;
        }

        boolean validOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }

        String shortName() {
            String prefix = type.namePrefix();
            return prefix != null && name.startsWith(prefix + " ") ? name.substring(prefix.length() + 1) : name;
        }
    }

    record Link(Node predecessor, Node successor, SuccessionKind kind, LocalDate date, String legalBasis, String partNote) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private long nextId;

    UnitGraph(long firstId) {
        this.nextId = firstId;
    }

    Node add(String code, boolean official, String name, UnitType type, Node parent, LocalDate from) {
        Node n = new Node(nextId++, code, official, name, type, parent, from);
        nodes.add(n);
        if (parent != null) {
            parent.children.add(n);
        }
        return n;
    }

    void link(Node predecessor, Node successor, SuccessionKind kind, LocalDate date, String legalBasis, String partNote) {
        Link l = new Link(predecessor, successor, kind, date, legalBasis, partNote);
        links.add(l);
        predecessor.outgoing.add(l);
    }

    /** Closes {@code old} the day before {@code day} and re-creates its valid children under {@code target}. */
    Node carry(Node child, Node target, LocalDate day) {
        LocalDate end = child.to;
        child.to = day.minusDays(1);
        Node copy = add(child.code, child.official, child.name, child.type, target, day);
        copy.to = end;
        copy.enterpriseSize = child.enterpriseSize;
        copy.schoolLevel = child.schoolLevel;
        link(child, copy, SuccessionKind.TRANSFER, day, null, null);
        return copy;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<LoadedUnit> loadedUnits() {
        return nodes.stream().map(n -> new LoadedUnit(n.id, n.parent == null ? null : n.parent.id, n.path, n.depth(),
                new UnitDraft(n.code, n.official, n.name, n.type, n.from, n.to, n.enterpriseSize, n.schoolLevel, null))).toList();
    }

    List<LoadedLink> loadedLinks() {
        return links.stream().map(l -> new LoadedLink(l.predecessor().id, l.successor().id, l.kind(), l.date(),
                l.legalBasis(), l.partNote())).toList();
    }
}
