package vn.xomantoan.honours;

/** How an exemplar was selected: by the commune for a cycle, or on the province's list. */
public enum ExemplarSelection {
    COMMUNE_SELECTION, PROVINCE_LIST
}
