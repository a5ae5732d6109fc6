package vn.xomantoan.evaluation.domain;

import vn.xomantoan.evaluation.FactRef;

import java.util.List;

/**
 * The units under a commune that count for XA-4a / XA-4b: how many are eligible, registered,
 * recognised by a decision, and projected (registered, not decided yet, currently meeting every
 * criterion), with the units that are not registered / not (yet) recognised.
 */
public record ChildStats(int eligible, int registered, int recognised, int projected,
                         List<FactRef> notRegistered, List<FactRef> notRecognised) {

    public ChildStats {
        notRegistered = List.copyOf(notRegistered);
        notRecognised = List.copyOf(notRecognised);
    }

    public static final ChildStats NONE = new ChildStats(0, 0, 0, 0, List.of(), List.of());
}
