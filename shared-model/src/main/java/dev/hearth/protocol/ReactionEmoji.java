package dev.hearth.protocol;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * What a reaction may be (protocol 1.1): exactly one extended grapheme cluster (Unicode Standard
 * Annex #29, as ICU implements it for its Unicode version) of 1 to {@value #MAX_CODE_POINTS} code
 * points, with no whitespace or control character. Any such cluster is accepted, not only emoji:
 * {@code 👍}, {@code 👩‍👩‍👧‍👦}, {@code 🇨🇳} and {@code 好} are all one reaction.
 */
public final class ReactionEmoji {
    public static final int MAX_CODE_POINTS = 16;

    private ReactionEmoji() {}

    /** Null when {@code emoji} is acceptable, else why not, for a {@code bad-request}. */
    public static String problem(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            return "\"emoji\" must be one character or emoji";
        }
        int codePoints = emoji.codePointCount(0, emoji.length());
        if (codePoints > MAX_CODE_POINTS) {
            return "\"emoji\" may have at most " + MAX_CODE_POINTS + " code points";
        }
        for (int i = 0; i < emoji.length(); ) {
            int cp = emoji.codePointAt(i);
            if (UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE) || UCharacter.isISOControl(cp)
                    || UCharacter.getType(cp) == UCharacter.CONTROL) {
                return "\"emoji\" may not hold whitespace or control characters";
            }
            i += Character.charCount(cp);
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(emoji);
        clusters.first();
        if (clusters.next() != emoji.length()) {
            return "\"emoji\" must be exactly one character or emoji, not several";
        }
        return null;
    }

    static void check(String emoji) {
        String problem = problem(emoji);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
