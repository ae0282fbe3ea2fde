package dev.hearth.client.emoji;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which character sequences are emoji the pack can draw, and where they sit in a text. A
 * sequence is matched longest first, so a family (people joined by U+200D), a flag, a keycap
 * or a skin tone stays one picture. A sequence followed by U+FE0E asked for text, and stays
 * text; a U+FE0F after one that did not need it is swallowed with it.
 */
public final class EmojiIndex {

    private static final int MAX_CODE_POINTS = 10;
    private static final char TEXT_STYLE = '\uFE0E';
    private static final char EMOJI_STYLE = '\uFE0F';

    private final Map<String, Slice> slices;
    private final BitSet firsts = new BitSet();
    /**
     * Every shorter start of a sequence of several code points: a match is extended only while
     * it can still grow into one. Digits, {@code #} and {@code *} begin keycaps, so without it
     * every digit in a text was looked up at ten lengths.
     */
    private final Set<String> starts = new HashSet<>();

    /** Where one emoji's PNG sits in the pack. */
    record Slice(int offset, int length) {}

    EmojiIndex(Map<String, Slice> slices) {
        // Not Map.copyOf: its open addressing walks long runs of these similar keys, about 0.7 µs to
        // find a sequence is not there against 0.07 here. A line with a number in it took 50 µs to
        // split (docs/performance.md, "Paging through a long conversation").
        this.slices = Collections.unmodifiableMap(new HashMap<>(slices));
        slices.keySet().forEach(sequence -> {
            firsts.set(sequence.codePointAt(0));
            for (int end = sequence.offsetByCodePoints(0, 1); end < sequence.length(); end = sequence.offsetByCodePoints(end, 1)) {
                starts.add(sequence.substring(0, end));
            }
        });
    }

    Slice slice(String sequence) {
        return slices.get(sequence);
    }

    /** Every sequence the pack draws. */
    public java.util.Set<String> sequences() {
        return slices.keySet();
    }

    public int size() {
        return slices.size();
    }

    /** {@code text} cut into plain runs and emoji, in order; joined again they are {@code text}. */
    public List<EmojiRun> split(String text) {
        List<EmojiRun> runs = new ArrayList<>();
        int plainFrom = 0;
        int at = 0;
        while (at < text.length()) {
            int end = matchAt(text, at);
            if (end < 0) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            if (plainFrom < at) {
                runs.add(new EmojiRun.Plain(text.substring(plainFrom, at)));
            }
            runs.add(new EmojiRun.Emoji(text.substring(at, end)));
            at = end;
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            runs.add(new EmojiRun.Plain(text.substring(plainFrom)));
        }
        return runs;
    }

    /** The end of the longest emoji starting at {@code from}, or -1. */
    private int matchAt(String text, int from) {
        if (!firsts.get(text.codePointAt(from))) {
            return -1;
        }
        int longest = -1;
        int count = 0;
        for (int at = from; at < text.length() && count < MAX_CODE_POINTS; count++) {
            at += Character.charCount(text.codePointAt(at));
            String candidate = text.substring(from, at);
            if (slices.containsKey(candidate)) {
                longest = at;
            }
            if (!starts.contains(candidate)) {
                break;
            }
        }
        if (longest < 0 || longest < text.length() && text.charAt(longest) == TEXT_STYLE) {
            return -1;
        }
        return longest < text.length() && text.charAt(longest) == EMOJI_STYLE ? longest + 1 : longest;
    }
}
