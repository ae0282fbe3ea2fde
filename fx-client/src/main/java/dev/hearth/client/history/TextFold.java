package dev.hearth.client.history;

import com.ibm.icu.text.Normalizer2;

/**
 * The form text is searched in: NFKC with full Unicode case folding, so "Straße" finds "STRASSE",
 * full-width "ＡＢＣ" finds "abc", and Chinese is left as it is. Stored text and every query go
 * through this one function.
 */
public final class TextFold {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private TextFold() {}

    public static String fold(String text) {
        return NFKC_CASEFOLD.normalize(text);
    }
}
