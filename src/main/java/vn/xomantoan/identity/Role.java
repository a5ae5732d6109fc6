package vn.xomantoan.identity;

/**
 * What a user may do; where they may do it is their home unit's subtree (see {@link UnitScope}).
 */
public enum Role {
    /** System administrator: users, reference data, imports, the audit trail. Sees everything. */
    ADMIN,
    /** Provincial police movement staff (PV05). */
    PROVINCE_OFFICER,
    /** Commune or ward police. */
    COMMUNE_OFFICER,
    /** Head of a residential area (trưởng thôn, tổ trưởng tổ dân phố) or party-cell secretary. */
    AREA_HEAD,
    /** Party committee or People's Committee leader: reads dashboards and reports only. */
    LEADER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean readOnly() {
        return this == LEADER;
    }

    /** Police roles may see sensitive security data (incidents, informants). */
    public boolean police() {
        return this == PROVINCE_OFFICER || this == COMMUNE_OFFICER;
    }
}
