package vn.xomantoan.honours;

/** Who the exemplar is. */
public enum ExemplarRole {
    PARTY_CELL_SECRETARY, AREA_HEAD, RESPECTED_PERSON, POLICE_OFFICER, CADRE, COLLECTIVE
}
