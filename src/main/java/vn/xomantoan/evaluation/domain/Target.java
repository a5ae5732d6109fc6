package vn.xomantoan.evaluation.domain;

/** A unit to evaluate for a year: its version on the reference date and the commune it belongs to. */
public record Target(long versionId, String code, String name, UnitKind kind, String communeCode, String provinceCode,
                     String sortKey) {
}
