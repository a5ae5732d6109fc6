package vn.xomantoan.audit;

public enum AuditAction {
    CREATE, UPDATE, CLOSE, DELETE, REFORM, IMPORT, LOGIN_FAILED, LOCKED, PASSWORD_CHANGE
}
