package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Say;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The send thread around {@link Outgoing}: it wakes when something is queued, writes outside the
 * lock, closes a line whose write failed, half-closes after bye and stops when told. The clock is
 * a counter that never moves, so nothing here depends on pacing or liveness timing.
 */
class SendQueueTest {

    private final AtomicLong clock = new AtomicLong();
    private final SendQueue queue = new SendQueue(ClientOptions.defaults(), clock::get, event -> { });
    private final RecordingLine line = new RecordingLine();
    private final Thread writer = Thread.ofVirtual().name("send-queue-test").start(queue::run);

    @AfterEach
    void stopWriter() throws InterruptedException {
        queue.stop();
        assertTrue(writer.join(Duration.ofSeconds(5)), "the send thread ends when stopped");
    }

    @Test
    void aQueuedRequestIsWrittenAndFlushedAtOnce() throws Exception {
        queue.attach(line, 5, 10, List.of(new Ping("sync-1")));
        assertEquals(List.of(new Ping("sync-1")), line.nextFlush());
        queue.request(new Join("lobby", null));
        assertEquals(List.of(new Join("lobby", null)), line.nextFlush());
    }

    @Test
    void aMessageIsWrittenOnlyAfterTheSessionIsInSync() throws Exception {
        queue.submit("c1", new Say("lobby", "hi", "c1"));
        queue.attach(line, 5, 10, List.of(new Ping("sync-1")));
        assertEquals(List.of(new Ping("sync-1")), line.nextFlush());
        queue.inSync();
        assertEquals(List.of(new Say("lobby", "hi", "c1")), line.nextFlush());
        assertTrue(queue.isUnconfirmed("c1"));
        assertTrue(queue.settle("c1"));
        assertFalse(queue.isUnconfirmed("c1"));
    }

    @Test
    void aFailedWriteClosesTheLineAndTheMessageWaitsForTheNextOne() throws Exception {
        line.failWrites();
        queue.attach(line, 5, 10, List.of());
        queue.inSync();
        queue.submit("c1", new Say("lobby", "hi", "c1"));
        awaitTrue(() -> line.closed);
        queue.detach(line);

        RecordingLine next = new RecordingLine();
        queue.attach(next, 5, 10, List.of());
        queue.inSync();
        assertEquals(List.of(new Say("lobby", "hi", "c1")), next.nextFlush());
    }

    @Test
    void byeIsWrittenLastThenTheLineIsHalfClosedAndTheThreadEnds() throws Exception {
        queue.attach(line, 5, 10, List.of());
        queue.bye();
        assertEquals(List.of(new Bye(null)), line.nextFlush());
        assertTrue(writer.join(Duration.ofSeconds(5)));
        assertTrue(line.finished);
        assertFalse(line.closed, "a full close could reset the connection before the relay reads bye");
    }

    @Test
    void stopEndsAWaitingThreadAtOnce() throws Exception {
        queue.stop();
        assertTrue(writer.join(Duration.ofSeconds(5)));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within five seconds");
            }
            Thread.sleep(5);
        }
    }
}
