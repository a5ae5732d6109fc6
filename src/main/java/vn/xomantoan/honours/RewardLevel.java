package vn.xomantoan.honours;

/** Level of the authority that decided a reward. */
public enum RewardLevel {
    NATIONAL, MINISTRY, PROVINCE, DISTRICT, COMMUNE
}
