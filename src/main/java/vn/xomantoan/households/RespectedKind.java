package vn.xomantoan.households;

/** Why a respected person (người có uy tín) is respected. */
public enum RespectedKind {
    CLAN_ELDER, RELIGIOUS_DIGNITARY, ETHNIC_ELDER
}
