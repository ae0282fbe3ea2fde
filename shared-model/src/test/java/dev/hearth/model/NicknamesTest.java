package dev.hearth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.SpoofChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NicknamesTest {

    @ParameterizedTest
    @MethodSource("dev.hearth.model.NameCases#valid")
    void acceptsNickInItsNfcForm(String raw, String expectedName) {
        var accepted = assertInstanceOf(NameCheck.Accepted.class, Nicknames.check(raw));
        assertEquals(expectedName, accepted.name());
        assertEquals(Nicknames.key(raw), accepted.key());
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.model.NameCases#invalid")
    void rejectsNickNamingTheBrokenRule(String raw, String ruleWord) {
        var rejected = assertInstanceOf(NameCheck.Rejected.class, Nicknames.check(raw));
        assertTrue(rejected.reason().contains(ruleWord), () -> "reason should name the rule (\"" + ruleWord + "\"): " + rejected.reason());
        assertTrue(rejected.reason().contains("nick"), rejected.reason());
    }

    @Test
    void rejectsMissingNick() {
        assertInstanceOf(NameCheck.Rejected.class, Nicknames.check(null));
    }

    @Test
    void decomposedAndPrecomposedNicksShareTheirKey() {
        assertEquals(Nicknames.key("Ame\u0301lie"), Nicknames.key("Am\u00E9lie"));
    }

    @ParameterizedTest(name = "{0} is taken while {1} is online")
    @CsvSource({
        "alice, Alice",
        "alice, ALICE",
        "alice, aLiCe",
        "alice, \u0430lice",          // Cyrillic а
        "alice, \u0430l\u0456\u0441\u0435", // Cyrillic а, і, с, е
        "alice, \uFF41\uFF4C\uFF49\uFF43\uFF45", // fullwidth
        "alice, \uFF21\uFF2C\uFF29\uFF23\uFF25", // fullwidth capitals
        "alice, \uD835\uDC1A\uD835\uDC25\uD835\uDC22\uD835\uDC1C\uD835\uDC1E", // mathematical bold
        "STRASSE, straße",
        "Strasse, STRAẞE",
        "ff, \uFB00",                 // ﬀ ligature folds to ff
        "\uFB00, FF",
        "ΣΑΣ, σας",                   // final sigma folds to σ
        "ΟΔΥΣΣΕΥΣ, οδυσσευς",
        "Am\u00E9lie, AME\u0301LIE",
        "小明, 小明",
    })
    void confusableOrCaseVariantNicksShareAKey(String online, String candidate) {
        assertEquals(Nicknames.key(online), Nicknames.key(candidate));
        var accepted = assertInstanceOf(NameCheck.Accepted.class, Nicknames.check(candidate));
        assertEquals(Nicknames.key(online), accepted.key());
    }

    @ParameterizedTest(name = "{0} and {1} are different people")
    @CsvSource({
        "alice, alicia",
        "alice, alice2",
        "alice, bob",
        "bob, rob",
        "小明, 小朋",
        "小明, 王小明",
        "たろう, じろう",
        "김철수, 김영희",
        "😀, 😃",
    })
    void differentNicksKeepDifferentKeys(String one, String other) {
        assertNotEquals(Nicknames.key(one), Nicknames.key(other));
    }

    /**
     * The contract's reason for the order: the confusables table maps capital I to l, so a skeleton
     * taken before folding would keep ALICE apart from alice.
     */
    @Test
    void foldsCaseBeforeTakingTheSkeleton() {
        var spoof = new SpoofChecker.Builder().build();
        assertNotEquals(spoof.getSkeleton("ALICE"), spoof.getSkeleton("alice"), "premise of the contract's note");
        assertEquals(Nicknames.key("alice"), Nicknames.key("ALICE"));
    }

    @Test
    void keyUsesFullNotSimpleCaseFolding() {
        // Simple folding keeps ß and ﬀ as one code point each; full folding expands them.
        assertEquals(Nicknames.key("ss"), Nicknames.key("ß"));
        assertEquals(Nicknames.key("ffi"), Nicknames.key("\uFB03"));
    }
}
