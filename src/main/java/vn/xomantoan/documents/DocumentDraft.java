package vn.xomantoan.documents;

import java.util.List;

/**
 * A document as typed. Without a unit code it is a central document (Party Secretariat,
 * Ministry...), readable by everyone and recordable by the province only. Legal basis by number
 * (e.g. "23-TT/TU") or by id.
 */
public record DocumentDraft(String number, String type, String issuedOn, String issuer, String unitCode, String summary,
                            List<String> basisNumbers, List<Long> basisIds, List<Long> activityIds, List<String> relatedUnitCodes) {
}
