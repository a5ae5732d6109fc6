package vn.xomantoan.activities;

import java.util.List;
import java.util.Map;

/**
 * An activity as typed in a form, an API call or an import row. Dates are dd/MM/yyyy or ISO; units
 * are codes, read on the activity's date.
 */
public record ActivityDraft(String type, String heldOn, String organiserCode, String placeCode, String venue,
                            String title, String content, String results, Long participants, Long women,
                            Map<String, Integer> keyPeople, List<String> invitedUnitCodes, List<Long> programmeIds,
                            List<Long> attendeeKeyPersonIds) {
}
