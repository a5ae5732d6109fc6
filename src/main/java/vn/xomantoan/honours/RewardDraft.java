package vn.xomantoan.honours;

/** One recipient of a reward decision; a collective recipient is the unit itself. */
public record RewardDraft(String decisionNumber, String decidedOn, String authority, String level, String form,
                          String recipientKind, String unitCode, String recipientName, Long keyPersonId, Long amountVnd,
                          String reason) {
}
