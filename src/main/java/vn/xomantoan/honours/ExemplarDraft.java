package vn.xomantoan.honours;

/** An exemplary person or collective of a unit for a cycle; the key-person id is a plain number. */
public record ExemplarDraft(String selection, String role, String fullName, String unitCode, Integer cycleYear,
                            String selectedOn, String trainedOn, String replication, Long keyPersonId) {
}
