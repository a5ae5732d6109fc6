package vn.xomantoan.honours;

import java.util.Map;

/** A self-governing model with its yearly ratings (year to EXCELLENT/GOOD/AVERAGE/WEAK). */
public record ModelDraft(String name, String type, String unitCode, String startedOn, Long members, Map<Integer, String> ratings) {
}
