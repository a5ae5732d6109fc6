package vn.xomantoan.incidents.domain;

import vn.xomantoan.shared.ValidationFailure;

import java.util.List;

/**
 * A save from a version that is no longer the stored one: someone else saved in between. Nothing is
 * written; the caller keeps what the user typed and shows the stored version beside it.
 */
public class ConcurrentChange extends ValidationFailure {

    private final transient IncidentRecord current;

    ConcurrentChange(IncidentRecord current) {
        super(List.of(new Problem("", "incidents.error.concurrentChange", new Object[]{current.summary()})));
        this.current = current;
    }

    /** The record as stored now (with its row version). */
    public IncidentRecord current() {
        return current;
    }
}
