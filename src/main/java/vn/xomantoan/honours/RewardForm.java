package vn.xomantoan.honours;

/** Forms of reward (bằng khen, giấy khen, cờ thi đua...). */
public enum RewardForm {
    CERTIFICATE_OF_MERIT, LETTER_OF_COMMENDATION, EMULATION_FLAG, OTHER
}
