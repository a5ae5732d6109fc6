package vn.xomantoan.activities;

/** A donation (amount, donors) or volunteer work (campaign, participants, hours) for a beneficiary unit. */
public record ContributionDraft(String kind, String madeOn, String unitCode, String purpose, String donors, Long amountVnd,
                                String campaign, Long participants, Long hours) {
}
