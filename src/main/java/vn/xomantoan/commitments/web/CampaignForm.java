package vn.xomantoan.commitments.web;

import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.shared.web.WebDates;

/** What the campaign form posts; dates and numbers stay text so typed values come back as typed. */
public class CampaignForm {
    private String year;
    private SubjectKind subjectKind = SubjectKind.HOUSEHOLD;
    private String ownerCode;
    private String name;
    private String deadline;
    private String graceDays;
    private Long templateId;
    private long rowVersion;

    static CampaignForm of(Campaign c) {
        CampaignForm f = new CampaignForm();
        f.year = String.valueOf(c.year());
        f.subjectKind = c.subjectKind();
        f.ownerCode = c.ownerCode();
        f.name = c.name();
        f.deadline = WebDates.format(c.deadline());
        f.graceDays = String.valueOf(c.graceDays());
        f.templateId = c.templateId();
        f.rowVersion = c.rowVersion();
        return f;
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public void setSubjectKind(SubjectKind subjectKind) { this.subjectKind = subjectKind; }
    public String getOwnerCode() { return ownerCode; }
    public void setOwnerCode(String ownerCode) { this.ownerCode = ownerCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public String getGraceDays() { return graceDays; }
    public void setGraceDays(String graceDays) { this.graceDays = graceDays; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long rowVersion) { this.rowVersion = rowVersion; }
}
