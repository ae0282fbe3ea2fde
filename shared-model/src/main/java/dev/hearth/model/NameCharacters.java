package dev.hearth.model;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * The character rules nicks and room names share: NFC, 1 to 32 code points, no whitespace,
 * control, format, surrogate, private-use or unassigned code point, no leading {@code @ # /}.
 */
final class NameCharacters {
    static final int MAX_CODE_POINTS = 32;
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private NameCharacters() {}

    static String nfc(String raw) {
        return NFC.normalize(raw);
    }

    /** Full Unicode case folding (not locale-dependent lower-casing). */
    static String fold(String s) {
        return UCharacter.foldCase(s, true);
    }

    /** @return null when {@code nfcName} follows every rule, else why not */
    static String violation(String what, String nfcName) {
        int length = nfcName.codePointCount(0, nfcName.length());
        if (length == 0) {
            return "A " + what + " cannot be empty.";
        }
        if (length > MAX_CODE_POINTS) {
            return "A " + what + " has at most " + MAX_CODE_POINTS + " characters (this one has " + length + ").";
        }
        int first = nfcName.codePointAt(0);
        if (first == '@' || first == '#' || first == '/') {
            return "A " + what + " cannot start with \"" + Character.toString(first) + "\".";
        }
        int position = 1;
        for (int i = 0; i < nfcName.length(); position++) {
            int cp = nfcName.codePointAt(i);
            String problem = forbidden(cp);
            if (problem != null) {
                return "A " + what + " cannot contain " + problem + " (" + codePoint(cp) + " at position " + position + ").";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String forbidden(int cp) {
        if (UCharacter.isUWhiteSpace(cp) || Character.isWhitespace(cp)) {
            return "spaces or other whitespace";
        }
        return switch (UCharacter.getType(cp)) {
            case UCharacterCategory.CONTROL -> "control characters";
            case UCharacterCategory.FORMAT -> "invisible formatting characters";
            case UCharacterCategory.SURROGATE -> "unpaired surrogates";
            case UCharacterCategory.PRIVATE_USE -> "private-use characters";
            case UCharacterCategory.UNASSIGNED -> "unassigned code points";
            default -> null;
        };
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
