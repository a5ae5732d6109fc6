package vn.xomantoan.reporting;

import java.util.List;

/** One column of a breakdown (a child unit): its key and the path prefixes of its subtree with its predecessors. */
public record Target(String key, List<String> paths) {

    public Target {
        paths = List.copyOf(paths);
    }
}
