package dev.triggerstudio.engine.cascade;

import java.util.ArrayList;
import java.util.List;

/**
 * Every elementary cycle of a small directed graph, each exactly once: a cycle is found only from
 * its lowest-numbered node, and the search from node s never enters a node numbered below s.
 * Trigger graphs are small (tens of nodes), so this plain search is enough; it stops at
 * {@link #MAX_CYCLES} so a pathological project cannot hang {@code check}.
 */
final class CycleFinder {
    static final int MAX_CYCLES = 500;

    private final List<List<Integer>> next;
    private final List<List<Integer>> found = new ArrayList<>();

    private CycleFinder(List<List<Integer>> next) {
        this.next = next;
    }

    /** @param next next.get(i) lists the successors of node i */
    static List<List<Integer>> cycles(List<List<Integer>> next) {
        CycleFinder f = new CycleFinder(next);
        for (int s = 0; s < next.size() && f.found.size() < MAX_CYCLES; s++) {
            List<Integer> path = new ArrayList<>();
            path.add(s);
            f.search(s, s, path, new boolean[next.size()]);
        }
        return f.found;
    }

    private void search(int start, int at, List<Integer> path, boolean[] onPath) {
        onPath[at] = true;
        for (int n : next.get(at)) {
            if (found.size() >= MAX_CYCLES) {
                break;
            }
            if (n == start) {
                found.add(List.copyOf(path));
            } else if (n > start && !onPath[n]) {
                path.add(n);
                search(start, n, path, onPath);
                path.removeLast();
            }
        }
        onPath[at] = false;
    }
}
