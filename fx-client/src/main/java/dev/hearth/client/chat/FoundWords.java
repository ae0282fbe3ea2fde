package dev.hearth.client.chat;

import dev.hearth.client.history.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a search's terms occur in a message, as ranges of the message's own text (overlaps
 * joined), so the words can be marked where they stand. The terms are already folded
 * ({@link TextFold}); the text is folded one code point at a time to keep track of where each
 * folded character came from.
 */
final class FoundWords {

    /** {@code [start, end)} in the original text. */
    record Range(int start, int end) {}

    private FoundWords() {}

    static List<Range> in(String text, List<String> foldedTerms) {
        if (foldedTerms.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> from = new ArrayList<>(text.length());
        List<Integer> to = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            String piece = TextFold.fold(text.substring(i, next));
            for (int k = 0; k < piece.length(); k++) {
                from.add(i);
                to.add(next);
            }
            folded.append(piece);
            i = next;
        }
        List<Range> found = new ArrayList<>();
        for (String term : foldedTerms) {
            if (term.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
                found.add(new Range(from.get(at), to.get(at + term.length() - 1)));
            }
        }
        found.sort(Comparator.comparingInt(Range::start));
        return merged(found);
    }

    /** Overlapping hits ("the" inside "weather") drawn as one mark. */
    private static List<Range> merged(List<Range> sorted) {
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }
}
