package dev.hearth.client.emoji;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

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

    /** Where one emoji's PNG sits in the pack. */
    record Slice(int offset, int length) {}

    EmojiIndex(Map<String, Slice> slices) {
        this.slices = Map.copyOf(slices);
        slices.keySet().forEach(sequence -> firsts.set(sequence.codePointAt(0)));
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
        int[] ends = new int[MAX_CODE_POINTS];
        int count = 0;
        for (int at = from; at < text.length() && count < MAX_CODE_POINTS; ) {
            at += Character.charCount(text.codePointAt(at));
            ends[count++] = at;
        }
        for (int i = count - 1; i >= 0; i--) {
            int end = ends[i];
            if (slices.containsKey(text.substring(from, end))) {
                if (end < text.length() && text.charAt(end) == TEXT_STYLE) {
                    return -1;
                }
                return end < text.length() && text.charAt(end) == EMOJI_STYLE ? end + 1 : end;
            }
        }
        return -1;
    }
}
