package vn.xomantoan.honours;

/** A reward goes to a unit (collective) or to a person. */
public enum RecipientKind {
    COLLECTIVE, INDIVIDUAL
}
