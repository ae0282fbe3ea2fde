package dev.hearth.model;

import com.ibm.icu.text.SpoofChecker;

/**
 * Nickname rules of protocol v1. Two nicks are the same when their {@linkplain #key keys} are
 * equal: NFC, then full case folding, then the UTS #39 confusable skeleton, so while
 * {@code alice} is online {@code ALICE} and {@code аlice} (Cyrillic а) are taken.
 *
 * <p>Thread-safe: the spoof checker is immutable once built.
 */
public final class Nicknames {
    private static final SpoofChecker SPOOF_CHECKER = new SpoofChecker.Builder().build();

    private Nicknames() {}

    public static NameCheck check(String raw) {
        if (raw == null) {
            return new NameCheck.Rejected(NameKind.NICK, new NameViolation.Empty());
        }
        String name = NameCharacters.nfc(raw);
        NameViolation violation = NameCharacters.violation(name);
        return violation != null
                ? new NameCheck.Rejected(NameKind.NICK, violation)
                : new NameCheck.Accepted(name, keyOfNormalised(name));
    }

    /**
     * The uniqueness key. Folding comes before the skeleton because the confusables table maps
     * {@code I} to {@code l}: skeleton first would let {@code ALICE} past {@code alice}.
     */
    public static String key(String nick) {
        return keyOfNormalised(NameCharacters.nfc(nick));
    }

    private static String keyOfNormalised(String nfcNick) {
        return SPOOF_CHECKER.getSkeleton(NameCharacters.fold(nfcNick));
    }
}
