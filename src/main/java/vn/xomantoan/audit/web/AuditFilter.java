package vn.xomantoan.audit.web;

import vn.xomantoan.audit.AuditAction;

import java.time.LocalDate;

/** What the audit pages filter by; null means "any". Dates are inclusive. */
record AuditFilter(String username, String entityType, String entityId, AuditAction action, LocalDate from,
                   LocalDate to, String text, int page, int size) {
}
