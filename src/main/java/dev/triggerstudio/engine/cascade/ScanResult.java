package dev.triggerstudio.engine.cascade;

import java.util.ArrayList;
import java.util.List;

/** What a scanner found in one script or automation: writes with known targets, and the others. */
record ScanResult(List<Write> writes, List<UnknownTarget> unknown) {

    static ScanResult empty() {
        return new ScanResult(new ArrayList<>(), new ArrayList<>());
    }
}
