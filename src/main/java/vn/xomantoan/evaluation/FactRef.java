package vn.xomantoan.evaluation;

/**
 * A record behind a figure, so a reviewer can check it: its id in the supplying capability, a short
 * label ("Trộm cắp tài sản, 12/03/2016") and a link to its page (relative, e.g. "/incidents/42"; may
 * be null when the record has no page).
 */
public record FactRef(String id, String label, String href) {
}
