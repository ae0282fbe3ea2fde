package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Ack;
import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.Say;
import dev.hearth.protocol.Typing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the send thread writes, and when, walked through on explicit nanoseconds: ordering after a
 * login, pacing, acks, liveness and the end of a session.
 */
class OutgoingTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final ClientOptions OPTIONS = ClientOptions.defaults();

    private final Outgoing outgoing = new Outgoing(OPTIONS, 0);
    private final RecordingLine line = new RecordingLine();

    private static Say say(String id) {
        return new Say("lobby", "text " + id, id);
    }

    private List<Envelope> written(long now) {
        WriteStep step = outgoing.next(now);
        return assertInstanceOf(WriteStep.Write.class, step, "expected a write, got " + step).envelopes();
    }

    private long waits(long now) {
        return assertInstanceOf(WriteStep.Wait.class, outgoing.next(now)).nanos();
    }

    private void attachAndSync(long now) {
        outgoing.attach(line, 5, 10, List.of(), now);
        outgoing.inSync();
    }

    private static FileOffer offer(String id) {
        return new FileOffer("lobby", null, id + ".bin", "application/octet-stream", 10L, "a".repeat(64), null, null, null, id);
    }

    private void offerFile(String id) {
        outgoing.offerFile(id, offer(id), OutgoingFile.ofBytes(id + ".bin", "application/octet-stream", new byte[10],
                "a".repeat(64), null));
    }

    @Test
    void aThirdFileWaitsUntilOneOfTheTwoUploadsUnderWayEnds() {
        attachAndSync(0);
        offerFile("f1");
        offerFile("f2");
        offerFile("f3");
        assertEquals(List.of(offer("f1"), offer("f2")), written(0), "the relay takes two uploads of a session at once");

        assertTrue(outgoing.uploadEnded("f1"), "delivered");
        assertEquals(List.of(offer("f3")), written(SECOND));
    }

    @Test
    void aWaitingFileThatIsCancelledIsNeverOffered() {
        attachAndSync(0);
        offerFile("f1");
        offerFile("f2");
        offerFile("f3");
        written(0);

        assertTrue(outgoing.uploadEnded("f3"), "cancelled while waiting");
        assertTrue(outgoing.uploadEnded("f1"));
        assertInstanceOf(WriteStep.Wait.class, outgoing.next(SECOND));
        assertFalse(outgoing.uploadEnded("f3"), "gone");
    }

    @Test
    void withoutAConnectionNothingIsWrittenAndTypingIsDropped() {
        outgoing.request(new Join("lobby", null));
        outgoing.request(new Typing("lobby", null, null, true, null));
        outgoing.submit("c1", say("c1"));
        assertEquals(Outgoing.IDLE_WAIT_NANOS, waits(0));

        outgoing.attach(line, 5, 10, List.of(new Ping("sync-1")), 0);
        assertEquals(List.of(new Ping("sync-1"), new Join("lobby", null)), written(0),
                "the login's first envelopes, then what was asked; no stale typing, no message before the sync");
        outgoing.inSync();
        assertEquals(List.of(say("c1")), written(0));
    }

    @Test
    void aMessageStillOpenAfterADropIsWrittenAgainOnTheNextConnectionOnly() {
        attachAndSync(0);
        outgoing.submit("c1", say("c1"));
        outgoing.submit("c2", say("c2"));
        assertEquals(List.of(say("c1"), say("c2")), written(0));

        outgoing.detach(line);
        assertTrue(outgoing.settle("c1"), "its echo came in the replay");
        RecordingLine next = new RecordingLine();
        outgoing.attach(next, 5, 10, List.of(), SECOND);
        outgoing.inSync();
        WriteStep step = outgoing.next(SECOND);
        assertEquals(new WriteStep.Write(next, List.of(say("c2"))), step);
        assertTrue(outgoing.isUnconfirmed("c2"));
        assertFalse(outgoing.isUnconfirmed("c1"));
    }

    @Test
    void messagesArePacedToTheRelaysRateAfterTheBurst() {
        // Two a second with a burst of four: we use half the burst and 90 % of the rate.
        outgoing.attach(line, 2, 4, List.of(), 0);
        outgoing.inSync();
        for (int i = 1; i <= 4; i++) {
            outgoing.submit("c" + i, say("c" + i));
        }
        assertEquals(List.of(say("c1"), say("c2")), written(0), "the burst goes at once");
        long nextToken = (long) Math.ceil(SECOND / 1.8);
        assertTrue(waits(0) <= nextToken, "the send thread wakes by then");
        assertTrue(waits(nextToken - 1_000_000) <= 1_000_000, "and wakes again just in time");
        assertEquals(List.of(say("c3")), written(nextToken));
    }

    @Test
    void aRateLimitedMessageGoesAgainFirstAfterAPause() {
        attachAndSync(0);
        outgoing.submit("c1", say("c1"));
        outgoing.submit("c2", say("c2"));
        written(0);
        assertTrue(outgoing.retryLater("c2", 0));
        assertFalse(outgoing.retryLater("nobody's", 0));
        assertTrue(waits(0) > 0, "the pacer is drained, so the retry waits for a token");
        assertEquals(List.of(say("c2")), written(SECOND));
    }

    @Test
    void processedEnvelopesAreAcknowledgedAfterTheDelayOrAtOnceAfterFifty() {
        attachAndSync(0);
        outgoing.processed(3, 0);
        long wait = OPTIONS.ackAfter().toNanos();
        assertTrue(waits(0) <= wait, "the send thread wakes by the time the ack is due");
        assertInstanceOf(WriteStep.Wait.class, outgoing.next(wait - 1));
        assertEquals(List.of(new Ack(3L, null)), written(wait));

        outgoing.processed(53, wait);
        assertEquals(List.of(new Ack(53L, null)), written(wait), "fifty unacknowledged go at once");
    }

    @Test
    void aSilentRelayIsPingedAndAnUnansweredPingClosesTheConnection() {
        attachAndSync(0);
        long pingAt = OPTIONS.pingAfter().toNanos();
        assertTrue(waits(0) <= pingAt, "the send thread wakes by the time the ping is due");
        waits(pingAt - 1);
        assertEquals(List.of(new Ping(null)), written(pingAt));

        long deadAt = pingAt + OPTIONS.answerWithin().toNanos();
        waits(deadAt - 1);
        assertEquals(new WriteStep.CloseDead(line), outgoing.next(deadAt));
        outgoing.submit("c1", say("c1"));
        assertInstanceOf(WriteStep.Wait.class, outgoing.next(deadAt), "nothing more on a dead line");
    }

    @Test
    void anAnswerInTimeKeepsTheConnection() {
        attachAndSync(0);
        long pingAt = OPTIONS.pingAfter().toNanos();
        written(pingAt);
        outgoing.heard(pingAt + 1);
        assertInstanceOf(WriteStep.Wait.class, outgoing.next(pingAt + OPTIONS.answerWithin().toNanos()));
    }

    @Test
    void aMessageWithoutItsEchoIsFollowedByAPing() {
        attachAndSync(0);
        outgoing.submit("c1", say("c1"));
        written(0);
        long answer = OPTIONS.answerWithin().toNanos();
        assertEquals(List.of(new Ping(null)), written(answer), "the echo is late: is the relay still there?");
    }

    @Test
    void pongsGoFirstAndOnlyOnTheConnectionThatAskedForThem() {
        attachAndSync(0);
        outgoing.request(new Join("a", null));
        outgoing.pong("p1");
        assertEquals(List.of(new Pong("p1"), new Join("a", null)), written(0));

        outgoing.pong("p2");
        outgoing.detach(line);
        outgoing.attach(new RecordingLine(), 5, 10, List.of(), 0);
        assertEquals(List.of(), outgoing.next(0) instanceof WriteStep.Write w ? w.envelopes() : List.of(),
                "a ping from the old connection is not answered on the new one");
    }

    @Test
    void byeEndsTheSessionAfterWhatIsDueAndThenTheQueueStops() {
        attachAndSync(0);
        outgoing.request(new Join("a", null));
        outgoing.bye();
        WriteStep step = outgoing.next(0);
        assertEquals(new WriteStep.WriteAndFinish(line, List.of(new Join("a", null), new Bye(null))), step);
        assertEquals(new WriteStep.Stop(), outgoing.next(0));
    }

    @Test
    void aDetachOfAnOlderConnectionDoesNotDropTheCurrentOne() {
        RecordingLine old = new RecordingLine();
        outgoing.attach(old, 5, 10, List.of(), 0);
        attachAndSync(0);
        outgoing.detach(old);
        outgoing.submit("c1", say("c1"));
        assertEquals(List.of(say("c1")), written(0));
    }
}
