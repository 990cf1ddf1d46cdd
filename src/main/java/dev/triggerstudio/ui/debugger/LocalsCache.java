package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Recording.LineEvent;
import dev.triggerstudio.ui.debugger.Recording.Run;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The locals of line events, read a page at a time and kept for the last pages used: stepping
 * reads neighbours, so one page serves many steps, and memory stays bounded however long the run.
 */
final class LocalsCache {
    static final int PAGE = 256;
    private static final int PAGES = 64;
    private record Key(Run run, int page) {
    }

    private final Map<Key, List<LineEvent>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<LineEvent>> eldest) {
            return size() > PAGES;
        }
    };

    /** The locals just before the moment's line ran (empty when the recording has none). */
    synchronized Map<String, Object> at(Moment m) {
        Key key = new Key(m.run(), m.event() / PAGE);
        List<LineEvent> page = pages.computeIfAbsent(key, k -> k.run().page(k.page() * PAGE, PAGE));
        int i = m.event() % PAGE;
        if (i >= page.size() || page.get(i).locals() == null) {
            return Map.of();
        }
        return page.get(i).locals();
    }
}
