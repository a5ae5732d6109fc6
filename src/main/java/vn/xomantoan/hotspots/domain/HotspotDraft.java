package vn.xomantoan.hotspots.domain;

import java.time.LocalDate;
import java.util.List;

/** A designation as entered: covered units by code, read on the decision date. */
public record HotspotDraft(String name, String kind, String programme, String programmeRole, String decisionNo,
                           LocalDate decisionDate, String authority, List<String> unitCodes, String note) {
}
