package vn.xomantoan.evaluation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The subtrees that evaluation runs are working on in this process. A run waits while another run
 * covers part of its units (one root is the other's ancestor or the same unit): both would delete and
 * store the same results and only block each other in the database. Runs of disjoint subtrees, such
 * as two provinces, go ahead together.
 */
final class RunningSubtrees {

    private final List<String> running = new ArrayList<>();

    /** Waits until no running subtree overlaps the one rooted at {@code path}, then takes it. */
    synchronized void enter(String path) throws InterruptedException {
        while (running.stream().anyMatch(other -> overlap(other, path))) {
            wait();
        }
        running.add(path);
    }

    synchronized void leave(String path) {
        running.remove(path);
        notifyAll();
    }

    static boolean overlap(String a, String b) {
        return within(a, b) || within(b, a);
    }

    private static boolean within(String path, String root) {
        return path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/");
    }
}
