package dev.hearth.model;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

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

    /** @return null when {@code nfcName} follows every rule, else the first rule it breaks */
    static NameViolation violation(String nfcName) {
        int length = nfcName.codePointCount(0, nfcName.length());
        if (length == 0) {
            return new NameViolation.Empty();
        }
        if (length > MAX_CODE_POINTS) {
            return new NameViolation.TooLong(MAX_CODE_POINTS, length);
        }
        int first = nfcName.codePointAt(0);
        if (first == '@' || first == '#' || first == '/') {
            return new NameViolation.ForbiddenStart(first);
        }
        int position = 1;
        for (int i = 0; i < nfcName.length(); position++) {
            int cp = nfcName.codePointAt(i);
            NameViolation.CharacterClass forbidden = forbidden(cp);
            if (forbidden != null) {
                return new NameViolation.ForbiddenCharacter(forbidden, cp, position);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static NameViolation.CharacterClass forbidden(int cp) {
        if (UCharacter.isUWhiteSpace(cp) || Character.isWhitespace(cp)) {
            return NameViolation.CharacterClass.WHITESPACE;
        }
        return switch (UCharacter.getType(cp)) {
            case UCharacterCategory.CONTROL -> NameViolation.CharacterClass.CONTROL;
            case UCharacterCategory.FORMAT -> NameViolation.CharacterClass.FORMAT;
            case UCharacterCategory.SURROGATE -> NameViolation.CharacterClass.SURROGATE;
            case UCharacterCategory.PRIVATE_USE -> NameViolation.CharacterClass.PRIVATE_USE;
            case UCharacterCategory.UNASSIGNED -> NameViolation.CharacterClass.UNASSIGNED;
            default -> null;
        };
    }
}
