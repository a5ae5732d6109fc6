package vn.xomantoan.commitments.domain;

import vn.xomantoan.commitments.SubjectKind;

import java.time.LocalDate;

/** What a user asks for when creating or editing a campaign (already parsed, not yet validated). */
public record CampaignDraft(Integer year, SubjectKind subjectKind, String ownerCode, String name, LocalDate deadline,
                            Integer graceDays, Long templateId) {
}
