package vn.xomantoan.activities;

/** Copies handed to a unit, or to a group of people of that unit (leaders, key cadres...). */
public record DistributionDraft(String unitCode, String recipientGroup, Long copies, String distributedOn) {
}
