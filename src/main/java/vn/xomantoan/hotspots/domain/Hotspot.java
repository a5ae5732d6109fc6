package vn.xomantoan.hotspots.domain;

import java.time.LocalDate;

public record Hotspot(long id, String name, String kind, String programme, String programmeRole, String decisionNo,
                      LocalDate decisionDate, String authority, String status, String delistingNo,
                      LocalDate delistingDate, String delistingAuthority, String note, long rowVersion) {
}
