package vn.xomantoan.activities;

/**
 * Filter parameters as typed in a URL or form: unit code (or unit version id), period in
 * dd/MM/yyyy or ISO, type, search text, page, sort ("name" for Vietnamese order of names).
 */
public record LedgerRequest(String unit, Long unitId, String from, String to, String type, String q, Integer page,
                            Integer size, String sort) {

    public static LedgerRequest of(String unit, Long unitId, String from, String to, String type, String q) {
        return new LedgerRequest(unit, unitId, from, to, type, q, 0, 50, null);
    }
}
