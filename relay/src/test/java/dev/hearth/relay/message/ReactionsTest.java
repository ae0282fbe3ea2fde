package dev.hearth.relay.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReactionsTest {

    @Test
    void showsEmojiInTheOrderFirstUsedAndPeopleInTheOrderTheyReacted() {
        Reactions reactions = new Reactions();
        assertTrue(reactions.set("🎉", "bob", "Bob", true));
        assertTrue(reactions.set("👍", "alice", "alice", true));
        assertTrue(reactions.set("🎉", "alice", "alice", true));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("🎉", List.of("Bob", "alice"));
        expected.put("👍", List.of("alice"));
        assertEquals(expected, reactions.toWire());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(reactions.toWire().keySet()));
        assertEquals(2, reactions.countOf("alice"));
    }

    @Test
    void turningOnWhatIsOnOrOffWhatIsOffChangesNothing() {
        Reactions reactions = new Reactions();
        reactions.set("👍", "bob", "bob", true);
        assertFalse(reactions.set("👍", "bob", "bob", true));
        assertFalse(reactions.set("🎉", "bob", "bob", false));
        assertTrue(reactions.set("👍", "bob", "bob", false));
        assertNull(reactions.toWire(), "no reactions: the field is left out");
    }

    @Test
    void aCopyIsIndependent() {
        Reactions reactions = new Reactions();
        reactions.set("👍", "bob", "bob", true);
        Reactions copy = reactions.copy();
        copy.set("👍", "carol", "carol", true);
        assertEquals(List.of("bob"), reactions.toWire().get("👍"));
        assertEquals(List.of("bob", "carol"), copy.toWire().get("👍"));
    }
}
