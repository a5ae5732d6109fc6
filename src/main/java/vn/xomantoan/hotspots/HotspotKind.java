package vn.xomantoan.hotspots;

/** Địa bàn trọng điểm phức tạp về ANTT, tụ điểm phức tạp về TTXH, điểm/tụ điểm ma túy. */
public enum HotspotKind {
    KEY_AREA, COMPLEX_SPOT, DRUG_SPOT
}
