package vn.xomantoan.reporting.web;

import vn.xomantoan.reporting.domain.ReportDraft;
import vn.xomantoan.reporting.domain.ReviewReport;
import vn.xomantoan.shared.web.WebDates;

/** The review-report form as typed (dates as dd/MM/yyyy text). */
public class ReportForm {

    public String unit;
    public String from;
    public String to;
    public String asOf;
    public String kind;
    public String parentBody;
    public String issuingBody;
    public String number;
    public String place;
    public String issuedOn;
    public String title;
    public String shortcomings;
    public String lessons;
    public String directions;
    public String signerTitle;
    public String signerName;
    public String recipients;
    public long rowVersion;

    static ReportForm of(ReportDraft d) {
        ReportForm f = new ReportForm();
        f.unit = d.unit();
        f.from = WebDates.format(d.from());
        f.to = WebDates.format(d.to());
        f.asOf = WebDates.format(d.asOf());
        f.kind = d.kind();
        f.parentBody = d.parentBody();
        f.issuingBody = d.issuingBody();
        f.number = d.number();
        f.place = d.place();
        f.issuedOn = WebDates.format(d.issuedOn());
        f.title = d.title();
        f.shortcomings = d.shortcomings();
        f.lessons = d.lessons();
        f.directions = d.directions();
        f.signerTitle = d.signerTitle();
        f.signerName = d.signerName();
        f.recipients = d.recipients();
        return f;
    }

    static ReportForm of(ReviewReport r) {
        ReportForm f = of(new ReportDraft(r.unitCode(), r.from(), r.to(), r.asOf(), r.kind(), r.parentBody(), r.issuingBody(),
                r.number(), r.place(), r.issuedOn(), r.title(), r.shortcomings(), r.lessons(), r.directions(), r.signerTitle(),
                r.signerName(), r.recipients()));
        f.rowVersion = r.rowVersion();
        return f;
    }

    ReportDraft draft() {
        return new ReportDraft(unit, ReportingParams.date("from", from, null), ReportingParams.date("to", to, null),
                ReportingParams.date("asOf", asOf, null), kind, parentBody, issuingBody, number, place,
                ReportingParams.date("issuedOn", issuedOn, null), title, shortcomings, lessons, directions, signerTitle,
                signerName, recipients);
    }

    // Getters and setters for form binding.
    public String getUnit() { return unit; }
    public void setUnit(String v) { unit = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String v) { asOf = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getParentBody() { return parentBody; }
    public void setParentBody(String v) { parentBody = v; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String v) { issuingBody = v; }
    public String getNumber() { return number; }
    public void setNumber(String v) { number = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getIssuedOn() { return issuedOn; }
    public void setIssuedOn(String v) { issuedOn = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getShortcomings() { return shortcomings; }
    public void setShortcomings(String v) { shortcomings = v; }
    public String getLessons() { return lessons; }
    public void setLessons(String v) { lessons = v; }
    public String getDirections() { return directions; }
    public void setDirections(String v) { directions = v; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String v) { signerTitle = v; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String v) { signerName = v; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String v) { recipients = v; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long v) { rowVersion = v; }
}
