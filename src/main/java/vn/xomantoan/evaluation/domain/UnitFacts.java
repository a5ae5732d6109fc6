package vn.xomantoan.evaluation.domain;

import vn.xomantoan.evaluation.CoverageFacts;
import vn.xomantoan.evaluation.DocumentFacts;
import vn.xomantoan.evaluation.IncidentFacts;
import vn.xomantoan.evaluation.ModelFacts;
import vn.xomantoan.evaluation.SecurityForceFacts;
import vn.xomantoan.evaluation.StaffFacts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules know about one unit for one year. A null source field means "no
 * implementation of that SPI is installed" (the criterion becomes missing data); an installed source
 * that has nothing for the unit gives an empty list or an absent value.
 */
public final class UnitFacts {

    final String unitCode;
    final UnitKind kind;
    final int year;
    final CriteriaSet set;
    LocalDate registeredOn;
    boolean coverageSource;
    CoverageFacts.Coverage coverage;
    Set<IncidentFacts.Category> categories = EnumSet.noneOf(IncidentFacts.Category.class);
    List<IncidentFacts.Incident> incidents = List.of();
    List<IncidentFacts.Incident> previousIncidents = List.of();
    List<ModelFacts.Model> models;
    List<DocumentFacts.Document> documents;
    boolean staffSource;
    StaffFacts.Staff staff;
    StaffFacts.Subunits subunits;
    boolean forceSource;
    SecurityForceFacts.ForceRating force;
    ChildStats allChildren = ChildStats.NONE;
    ChildStats areaChildren = ChildStats.NONE;

    public UnitFacts(String unitCode, UnitKind kind, int year, CriteriaSet set) {
        this.unitCode = unitCode;
        this.kind = kind;
        this.year = year;
        this.set = set;
    }

    public String unitCode() {
        return unitCode;
    }

    public UnitKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public CriteriaSet set() {
        return set;
    }

    public UnitFacts registeredOn(LocalDate date) {
        this.registeredOn = date;
        return this;
    }

    public UnitFacts coverage(boolean sourceInstalled, CoverageFacts.Coverage value) {
        this.coverageSource = sourceInstalled;
        this.coverage = value;
        return this;
    }

    public UnitFacts incidents(Set<IncidentFacts.Category> supplied, List<IncidentFacts.Incident> current,
                               List<IncidentFacts.Incident> previous) {
        this.categories = supplied.isEmpty() ? EnumSet.noneOf(IncidentFacts.Category.class) : EnumSet.copyOf(supplied);
        this.incidents = List.copyOf(current);
        this.previousIncidents = List.copyOf(previous);
        return this;
    }

    public UnitFacts models(List<ModelFacts.Model> value) {
        this.models = value == null ? null : List.copyOf(value);
        return this;
    }

    public UnitFacts documents(List<DocumentFacts.Document> value) {
        this.documents = value == null ? null : List.copyOf(value);
        return this;
    }

    public UnitFacts staff(boolean sourceInstalled, StaffFacts.Staff value, StaffFacts.Subunits sub) {
        this.staffSource = sourceInstalled;
        this.staff = value;
        this.subunits = sub;
        return this;
    }

    public UnitFacts force(boolean sourceInstalled, SecurityForceFacts.ForceRating value) {
        this.forceSource = sourceInstalled;
        this.force = value;
        return this;
    }

    public UnitFacts children(ChildStats all, ChildStats areas) {
        this.allChildren = all;
        this.areaChildren = areas;
        return this;
    }
}
