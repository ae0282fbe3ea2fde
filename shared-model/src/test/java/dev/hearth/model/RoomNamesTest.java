package dev.hearth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RoomNamesTest {

    @ParameterizedTest
    @MethodSource("dev.hearth.model.NameCases#valid")
    void acceptsRoomNameInItsNfcForm(String raw, String expectedName) {
        var accepted = assertInstanceOf(NameCheck.Accepted.class, RoomNames.check(raw));
        assertEquals(expectedName, accepted.name());
        assertEquals(RoomNames.key(raw), accepted.key());
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.model.NameCases#invalid")
    void rejectsRoomNameNamingTheBrokenRule(String raw, String ruleWord) {
        var rejected = assertInstanceOf(NameCheck.Rejected.class, RoomNames.check(raw));
        assertTrue(rejected.reason().contains(ruleWord), () -> "reason should name the rule (\"" + ruleWord + "\"): " + rejected.reason());
        assertTrue(rejected.reason().contains("room"), rejected.reason());
    }

    @Test
    void rejectsMissingRoomName() {
        assertInstanceOf(NameCheck.Rejected.class, RoomNames.check(null));
    }

    @ParameterizedTest(name = "{0} and {1} are the same room")
    @CsvSource({
        "lobby, Lobby",
        "lobby, LOBBY",
        "lobby, lObBy",
        "STRASSE, straße",
        "ff, \uFB00",
        "ΣΑΣ, σας",
        "caf\u00E9, CAFE\u0301",
        "小明, 小明",
    })
    void comparesRoomNamesCaseInsensitively(String one, String other) {
        assertEquals(RoomNames.key(one), RoomNames.key(other));
    }

    /** Rooms use NFC and case folding only: a look-alike is a different room, not a collision. */
    @ParameterizedTest(name = "{0} and {1} are different rooms")
    @CsvSource({
        "lobby, l\u043Ebby",          // Cyrillic о
        "lobby, \uFF4C\uFF4F\uFF42\uFF42\uFF59", // fullwidth
        "lobby, lobby2",
        "general, genera1",
        "小明, 小朋",
    })
    void keepsLookAlikeRoomsApart(String one, String other) {
        assertNotEquals(RoomNames.key(one), RoomNames.key(other));
    }
}
