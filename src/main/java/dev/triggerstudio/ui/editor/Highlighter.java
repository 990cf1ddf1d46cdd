package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Diagnostic;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Pure functions from tokens and diagnostics to the style spans a code area shows. */
public final class Highlighter {
    private Highlighter() {
    }

    public static StyleSpans<Collection<String>> spans(List<Token> tokens, int length) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (Token t : tokens) {
            if (t.start() < at || t.end() > length) {
                continue;
            }
            b.add(Collections.emptyList(), t.start() - at);
            b.add(Collections.singletonList(t.kind().styleClass()), t.end() - t.start());
            at = t.end();
        }
        b.add(Collections.emptyList(), length - at);
        return b.create();
    }

    /** Marks diagnostic ranges with {@code diagnostic-error} or {@code diagnostic-warning}. */
    public static StyleSpans<Collection<String>> diagnostics(List<Diagnostic> diagnostics, String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        List<DiagnosticRange> ranges = DiagnosticRange.of(diagnostics, text);
        for (DiagnosticRange r : ranges) {
            if (r.start() < at) {
                continue;
            }
            b.add(Collections.emptyList(), r.start() - at);
            b.add(Set.of(r.diagnostic().isError() ? "diagnostic-error" : "diagnostic-warning"), r.end() - r.start());
            at = r.end();
        }
        b.add(Collections.emptyList(), text.length() - at);
        return b.create();
    }

    public static StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> base,
                                                         StyleSpans<Collection<String>> marks) {
        return base.overlay(marks, (a, m) -> {
            if (m.isEmpty()) {
                return a;
            }
            if (a.isEmpty()) {
                return m;
            }
            java.util.List<String> both = new java.util.ArrayList<>(a);
            both.addAll(m);
            return both;
        });
    }

    /**
     * The stretch [from, to) of {@code now} that differs from {@code before}: spans equal from the
     * start and from the end are skipped, so an edit restyles its own neighbourhood only.
     */
    public static int[] changedRange(StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> now) {
        int nb = before.getSpanCount();
        int nn = now.getSpanCount();
        int i = 0;
        int from = 0;
        while (i < nb && i < nn && before.getStyleSpan(i).equals(now.getStyleSpan(i))) {
            from += now.getStyleSpan(i).getLength();
            i++;
        }
        int j = 0;
        int to = now.length();
        while (j < nb - i && j < nn - i
                && before.getStyleSpan(nb - 1 - j).equals(now.getStyleSpan(nn - 1 - j))) {
            to -= now.getStyleSpan(nn - 1 - j).getLength();
            j++;
        }
        return new int[] {from, Math.max(from, to)};
    }
}
