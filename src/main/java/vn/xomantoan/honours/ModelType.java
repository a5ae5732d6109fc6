package vn.xomantoan.honours;

/** Kinds of self-governing model (mô hình tự quản). */
public enum ModelType {
    SELF_MANAGED_SECURITY_GROUP, SAFE_CLAN, SECURITY_CAMERA_NETWORK, SAFE_PARISH, SAFE_PAGODA, SELF_MANAGED_HOUSEHOLD_GROUP, OTHER
}
