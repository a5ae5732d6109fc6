package vn.xomantoan.activities;

/** Kinds of outlet, including the police's own crime-prevention bulletin. */
public enum OutletKind {
    NEWSPAPER, TELEVISION, RADIO, ONLINE, POLICE_BULLETIN, LOUDSPEAKER
}
