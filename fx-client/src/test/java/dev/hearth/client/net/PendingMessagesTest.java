package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Say;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The say/dm ledger: nothing lost across connections, nothing written twice in one. */
class PendingMessagesTest {

    private final PendingMessages pending = new PendingMessages();

    private static Say say(String id) {
        return new Say("lobby", "text " + id, id);
    }

    private List<String> take() {
        return pending.takeToWrite(() -> true).stream().map(Envelope::id).toList();
    }

    @Test
    void nothingIsWrittenBeforeTheSessionIsInSyncThenEverythingOpenInOrder() {
        pending.add("c1", say("c1"));
        pending.add("c2", say("c2"));
        assertFalse(pending.hasToWrite(), "the relay may still be replaying our echoes");
        assertEquals(List.of(), take());

        pending.synced();
        assertEquals(List.of("c1", "c2"), take());
        assertEquals(List.of(), take(), "once per session");
        pending.add("c3", say("c3"));
        assertEquals(List.of("c3"), take(), "in sync, a new message goes at once");
    }

    @Test
    void aDroppedConnectionLosesNothingAndASettledMessageIsNotSentAgain() {
        pending.synced();
        pending.add("c1", say("c1"));
        pending.add("c2", say("c2"));
        assertEquals(List.of("c1", "c2"), take());

        pending.connectionChanged();
        assertTrue(pending.settle("c1"), "its echo came in the replay");
        pending.synced();
        assertEquals(List.of("c2"), take(), "only what was not confirmed");
        assertFalse(pending.settle("c1"), "settled once");
    }

    @Test
    void aRateLimitedMessageIsWrittenAgainFirstAndTheWriterStopsWhenThePacerSaysWait() {
        pending.synced();
        pending.add("c1", say("c1"));
        pending.add("c2", say("c2"));
        int[] allowance = {1};
        assertEquals(List.of("c1"), pending.takeToWrite(() -> allowance[0]-- > 0).stream().map(Envelope::id).toList());

        assertTrue(pending.writeAgainFirst("c1"));
        assertEquals(List.of("c1", "c2"), take());
        assertFalse(pending.writeAgainFirst("nobody's"), "not ours");
    }
}
