package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a diagnostic's squiggle goes: from its column to the end of the word there, the whole
 * line when the column is unknown, and at least one character.
 */
public record DiagnosticRange(Diagnostic diagnostic, int start, int end) {

    public static List<DiagnosticRange> of(List<Diagnostic> diagnostics, String text) {
        List<DiagnosticRange> out = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        for (Diagnostic d : diagnostics) {
            range(d, text, lineStarts).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(DiagnosticRange::start));
        return out;
    }

    private static Optional<DiagnosticRange> range(Diagnostic d, String text, int[] lineStarts) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int line = Math.clamp(d.line(), 1, lineStarts.length) - 1;
        int lineStart = lineStarts[line];
        int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (d.column() <= 0) {
            return Optional.of(new DiagnosticRange(d, lineStart, Math.max(lineEnd, Math.min(lineStart + 1, text.length()))));
        }
        int start = Math.min(lineStart + d.column() - 1, lineEnd);
        int end = start;
        while (end < lineEnd && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        if (end == start) {
            if (start >= lineEnd && start > lineStart) {
                start--;
            }
            end = Math.min(start + 1, text.length());
        }
        return Optional.of(new DiagnosticRange(d, start, end));
    }

    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public boolean covers(int offset) {
        return offset >= start && offset < Math.max(end, start + 1);
    }
}
