package dev.hearth.client.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputHistoryTest {

    @Test
    void upRecallsEarlierLinesAndDownReturnsToTheDraft() {
        InputHistory history = historyOf("one", "two", "three");
        assertEquals(Optional.of("three"), history.previous("half typed"));
        assertEquals(Optional.of("two"), history.previous("three"));
        assertEquals(Optional.of("one"), history.previous("two"));
        assertEquals(Optional.empty(), history.previous("one"));
        assertEquals(Optional.of("two"), history.next());
        assertEquals(Optional.of("three"), history.next());
        assertEquals(Optional.of("half typed"), history.next());
        assertEquals(Optional.empty(), history.next());
    }

    @Test
    void emptyHistoryRecallsNothing() {
        InputHistory history = new InputHistory();
        assertEquals(Optional.empty(), history.previous("draft"));
        assertEquals(Optional.empty(), history.next());
    }

    @Test
    void sendingStartsAFreshDraftAtTheNewestEnd() {
        InputHistory history = historyOf("one", "two");
        history.previous("");
        history.previous("two");
        history.sent("one");
        assertEquals(Optional.of("one"), history.previous(""));
        assertEquals(Optional.of("two"), history.previous("one"));
        assertEquals(List.of("one", "two", "one"), history.lines());
    }

    @Test
    void consecutiveDuplicatesAndBlankLinesAreNotRemembered() {
        InputHistory history = historyOf("hi", "hi", "  ", "", "bye", "hi");
        assertEquals(List.of("hi", "bye", "hi"), history.lines());
    }

    @Test
    void keepsOnlyTheNewestLinesUpToItsCapacity() {
        InputHistory history = new InputHistory(3);
        for (int i = 1; i <= 5; i++) {
            history.sent("line " + i);
        }
        assertEquals(List.of("line 3", "line 4", "line 5"), history.lines());
        history.previous("");
        history.previous("");
        assertEquals(Optional.of("line 3"), history.previous(""));
        assertEquals(Optional.empty(), history.previous(""));
    }

    @Test
    void defaultCapacityIsAHundred() {
        InputHistory history = new InputHistory();
        for (int i = 0; i < 150; i++) {
            history.sent("line " + i);
        }
        assertEquals(100, history.lines().size());
        assertEquals("line 50", history.lines().getFirst());
    }

    @Test
    void multiLineLinesComeBackWhole() {
        InputHistory history = historyOf("first\nsecond");
        assertEquals(Optional.of("first\nsecond"), history.previous(""));
    }

    @Test
    void rejectsANonPositiveCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new InputHistory(0));
    }

    private static InputHistory historyOf(String... lines) {
        InputHistory history = new InputHistory();
        for (String line : lines) {
            history.sent(line);
        }
        return history;
    }
}
