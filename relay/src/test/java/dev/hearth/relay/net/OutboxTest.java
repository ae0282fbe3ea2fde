package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.session.OutLine;
import dev.hearth.relay.session.SharedBody;
import dev.hearth.relay.time.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The outbound queue on its own: its byte bound, batching, finishing and killing, and what it
 * counts against the relay-wide budget, without sockets.
 */
class OutboxTest {
    private static final long WAIT_SECONDS = 5;

    private final OutboundBudget budget = new OutboundBudget(Long.MAX_VALUE);

    private Outbox outbox(long maxBytes, long maxRequestedBytes) {
        return new Outbox(maxBytes, maxRequestedBytes, budget);
    }

    @Test
    void everyQueuedByteCountsAgainstTheRelayWideBudgetUntilWritten() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(bytes(60));
        stream.awaitBlockedWrite();
        outbox.offerRequested(List.of(bytes(30), bytes(10)));
        outbox.finish(bytes(5));
        assertEquals(105 + 4 * OutLine.OVERHEAD_BYTES, budget.bytes(), "queued and being written, with overhead");

        stream.open();
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertEquals(0, budget.bytes());
    }

    @Test
    void aDyingOutboxGivesBackEverythingAtOnceTheStuckBatchIncluded() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(bytes(60));
        stream.awaitBlockedWrite();
        outbox.offer(bytes(40));

        outbox.kill();
        assertEquals(0, budget.bytes(), "nothing is counted for a connection being cut off");
        stream.open();
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertEquals(0, budget.bytes(), "the stuck batch, written at last, is not given back twice");
    }

    @Test
    void aBodySharedByManyQueuesCountsOnceUntilTheLastLetsGo() throws Exception {
        byte[] message = new byte[1000];
        message[998] = '}';
        message[999] = '\n';
        SharedBody room = SharedBody.of(message);
        Outbox reading = outbox(1 << 20, 1 << 20);
        Outbox stopped = outbox(1 << 20, 1 << 20);
        Outbox third = outbox(1 << 20, 1 << 20);
        OutLine toReading = OutLine.numbered(room, 7, "m1");
        int own = OutLine.OVERHEAD_BYTES + toReading.length() - message.length; // the holder's overhead and counter
        reading.offer(toReading);
        stopped.offer(OutLine.numbered(room, 3, "m1"));
        third.offer(OutLine.numbered(room, 5, "m1"));
        assertEquals(message.length + 3 * own, budget.bytes(), "the body once, each holder's own part");

        reading.finish(null);
        assertTrue(startWriter(reading, new ByteArrayOutputStream(), new AtomicReference<>()).join(Duration.ofSeconds(WAIT_SECONDS)));
        third.kill();
        assertEquals(message.length + own, budget.bytes(), "the reader that stopped keeps the body alive, and counted");
        stopped.kill();
        assertEquals(0, budget.bytes());
    }

    @Test
    void anOverflowGivesBackWhatWasQueued() {
        Outbox outbox = outbox(100, 100);
        outbox.offer(bytes(60));
        assertEquals(Outbox.Offer.OVERFLOW, outbox.offer(bytes(60)));
        assertEquals(0, budget.bytes());

        Outbox requested = outbox(100, 100);
        requested.offerRequested(List.of(bytes(80)));
        assertFalse(requested.offerRequested(List.of(bytes(30))));
        assertEquals(0, budget.bytes());
    }

    @Test
    void aFailedWriteGivesItsBatchBack() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        outbox.offer(bytes(70));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = startWriter(outbox, broken, failure);

        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertTrue(failure.get() instanceof IOException);
        assertEquals(0, budget.bytes());
    }

    @Test
    void whatIsWaitingTellsLiveBytesFromEverythingChargedUntilTheOutboxDies() {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        outbox.offer(bytes(60));
        outbox.offerRequested(List.of(bytes(500)));

        assertEquals(new OutboundBudget.Waiting(60, 560 + 2 * OutLine.OVERHEAD_BYTES), outbox.waiting());
        outbox.kill();
        assertEquals(OutboundBudget.Waiting.NONE, outbox.waiting());
    }

    @Test
    void anOfferBeyondTheByteBoundOverflowsAndEverythingAfterIsClosed() {
        Outbox outbox = outbox(100, 200);

        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(60)));
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(40)));
        assertEquals(Outbox.Offer.OVERFLOW, outbox.offer(bytes(1)));
        assertEquals(Outbox.Offer.CLOSED, outbox.offer(bytes(1)));
        assertTrue(outbox.finishing());
    }

    @Test
    void linesOfferedTogetherWakeTheWriterOnceAndLeaveInOneWrite() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        stream.open();
        List<Thread> writers = startWritersOnDemand(outbox, stream);

        assertEquals(Outbox.Offer.QUEUED, outbox.offer(List.of(line("bob joined"), line("carol joined"), line("dave left"))));
        stream.awaitWritten(text("bob joined", "carol joined", "dave left").length());
        outbox.finish(null);
        assertTrue(writers.getFirst().join(Duration.ofSeconds(WAIT_SECONDS)));

        assertEquals(1, stream.writes.get(), "the writer found all three");
        assertEquals(1, writers.size());
        assertEquals(text("bob joined", "carol joined", "dave left"), stream.text());
    }

    @Test
    void linesOfferedTogetherPastTheBoundAreNoneOfThemQueued() {
        Outbox outbox = outbox(100, 200);
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(60)));

        assertEquals(Outbox.Offer.OVERFLOW, outbox.offer(List.of(bytes(20), bytes(21))), "41 more is past 100");
        assertEquals(OutboundBudget.Waiting.NONE, outbox.waiting());
        assertEquals(0, budget.bytes());
    }

    @Test
    void requestedLinesRideOnTopOfTheBound() {
        Outbox outbox = outbox(100, 200);
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(60)));

        assertTrue(outbox.offerRequested(List.of(bytes(50), bytes(40))));
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(30)), "90 live bytes, a quarter of the bound is 25");
        assertEquals(Outbox.Offer.OVERFLOW, outbox.offer(bytes(20)));
    }

    @Test
    void requestedLinesBeyondTheirOwnAllowanceCutTheReaderOff() {
        Outbox outbox = outbox(100, 200);
        assertTrue(outbox.offerRequested(List.of(bytes(150))));
        assertFalse(outbox.offerRequested(List.of(bytes(51))), "a reader that keeps asking without reading is slow too");
        assertEquals(Outbox.Offer.CLOSED, outbox.offer(bytes(1)));
    }

    @Test
    void writtenRequestedLinesFreeTheirAllowanceButLiveLinesDoNot() throws Exception {
        Outbox outbox = outbox(100, 200);
        GatedStream stream = new GatedStream();
        startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(bytes(10));
        stream.awaitBlockedWrite();
        assertTrue(outbox.offerRequested(List.of(bytes(200))), "live bytes in flight do not use the allowance");
        stream.open();
        outbox.finish(null);
    }

    @Test
    void bytesCountAgainstTheBoundUntilWritten() throws Exception {
        Outbox outbox = outbox(100, 200);
        GatedStream stream = new GatedStream();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(bytes(90));
        stream.awaitBlockedWrite();

        // The queue is empty, but the 90 bytes being written still count.
        assertEquals(Outbox.Offer.OVERFLOW, outbox.offer(bytes(20)));
        stream.open();
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)), "the writer stops after an overflow");
    }

    @Test
    void writtenBytesMakeRoomAgain() throws Exception {
        // Room for two lines: one may still be on its way out when the next is offered.
        Outbox outbox = outbox(200, 200);
        GatedStream stream = new GatedStream();
        stream.open();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        for (int i = 0; i < 50; i++) {
            Outbox.Offer offer = outbox.offer(bytes(90));
            assertTrue(offer == Outbox.Offer.QUEUED || offer == Outbox.Offer.BEHIND, offer::toString);
            stream.awaitWritten(90L * (i + 1));
        }
        outbox.finish(null);
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
    }

    @Test
    void linesQueuedWhileAWriteIsUnderWayGoOutTogetherWithOneFlush() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = startWriter(outbox, stream, failure);
        outbox.offer(line("first"));
        stream.awaitBlockedWrite();
        for (int i = 2; i <= 6; i++) {
            outbox.offer(line("line " + i));
        }

        stream.open();
        outbox.finish(null);
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertNull(failure.get());
        assertEquals(2, stream.flushes.get(), "one flush for the first line, one for the five queued behind it");
        assertEquals(2, stream.writes.get(), "one write per batch");
        assertEquals(text("first", "line 2", "line 3", "line 4", "line 5", "line 6"), stream.text());
    }

    @Test
    void aBatchLongerThanOneWriteArrivesWholeInOrderWithOneFlush() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        stream.open();
        String forty = "a".repeat(40_000);
        String hundred = "b".repeat(100_000);
        outbox.offer(line(forty));
        outbox.offer(line("short"));
        outbox.offer(line(hundred));
        outbox.offer(line(forty));
        outbox.finish(null);

        outbox.drain(stream);
        assertEquals(text(forty, "short", hundred, forty), stream.text());
        assertEquals(1, stream.flushes.get());
        assertTrue(stream.writes.get() <= 3, () -> stream.writes.get() + " writes for a 180 KB batch");
    }

    @Test
    void finishWritesWhatIsQueuedAndTheLastLineThenReturns() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        stream.open();
        outbox.offer(line("a"));
        outbox.offer(line("b"));
        outbox.finish(line("last words"));

        assertEquals(Outbox.Offer.CLOSED, outbox.offer(line("too late")));
        outbox.drain(stream); // on this thread: it must return by itself
        assertEquals(text("a", "b", "last words"), stream.text());
        assertEquals(1, stream.flushes.get());
        assertTrue(outbox.finishing());
    }

    @Test
    void finishWithNothingQueuedStopsAnIdleWriter() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        stream.open();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());

        outbox.finish(null);
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertEquals("", stream.text());
    }

    @Test
    void killReturnsPromptlyWhileTheWriterIsStuckAndDropsWhatIsQueued() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(line("stuck"));
        stream.awaitBlockedWrite();
        outbox.offer(line("dropped"));

        long start = System.nanoTime();
        outbox.kill();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(tookMillis < 100, () -> "kill took " + tookMillis + " ms");
        assertEquals(Outbox.Offer.CLOSED, outbox.offer(line("after")));
        assertTrue(writer.isAlive(), "still inside the stuck write: closing the socket is what ends it");

        stream.open();
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertEquals(text("stuck"), stream.text());
    }

    @Test
    void killStopsAnIdleWriterAtOnce() throws Exception {
        Outbox outbox = outbox(1 << 20, 1 << 20);
        GatedStream stream = new GatedStream();
        stream.open();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(line("hello"));
        stream.awaitWritten(text("hello").length());

        outbox.kill();
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
        assertFalse(writer.isAlive());
    }

    @Test
    void aReaderAQuarterOfItsBoundBehindAsksItsSendersToWait() {
        Outbox outbox = outbox(400, 400);
        assertEquals(Outbox.Offer.QUEUED, outbox.offer(bytes(90)));
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(90)), "180 live bytes, past 100");
        assertTrue(outbox.offerRequested(List.of(bytes(300))));
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(1)), "requested bytes do not count");
    }

    @Test
    void aSenderWaitsForADrainingReaderUntilItHasCaughtUp() throws Exception {
        Outbox outbox = outbox(400, 400);
        GatedStream stream = new GatedStream();
        Thread writer = startWriter(outbox, stream, new AtomicReference<>());
        outbox.offer(bytes(10));
        stream.awaitBlockedWrite();
        outbox.offer(bytes(100));
        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(100)));

        Thread sender = Thread.ofVirtual().start(() -> outbox.awaitCatchUp(Long.MAX_VALUE, Long.MAX_VALUE));
        assertFalse(sender.join(Duration.ofMillis(100)), "still 210 bytes behind: the sender waits");
        stream.open();
        assertTrue(sender.join(Duration.ofSeconds(WAIT_SECONDS)), "the reader drained: the sender goes on");
        outbox.finish(null);
        assertTrue(writer.join(Duration.ofSeconds(WAIT_SECONDS)));
    }

    @Test
    void aReaderThatStoppedIsNotWaitedFor() {
        AtomicLong now = new AtomicLong();
        Outbox outbox = new Outbox(400, 400, budget, now::get, null);
        outbox.offer(bytes(200));
        now.addAndGet(1_000);
        assertTimeoutPreemptively(Duration.ofSeconds(WAIT_SECONDS), () -> outbox.awaitCatchUp(Long.MAX_VALUE, 1_000),
                "nothing written for the stall time: a dead reader holds nobody back");
    }

    @Test
    void aSenderWaitingForAReaderThatIsCutOffGoesOn() throws Exception {
        Outbox outbox = outbox(400, 400);
        outbox.offer(bytes(200));
        Thread sender = Thread.ofVirtual().start(() -> outbox.awaitCatchUp(Long.MAX_VALUE, Long.MAX_VALUE));
        assertFalse(sender.join(Duration.ofMillis(50)));
        outbox.kill();
        assertTrue(sender.join(Duration.ofSeconds(WAIT_SECONDS)));
    }

    @Test
    void aWriterRunsOnlyWhileThereIsSomethingToWriteAndTheWatchdogEndsAnIdleOne() throws Exception {
        AtomicLong now = new AtomicLong();
        long idle = TimeUnit.SECONDS.toNanos(2);
        Outbox outbox = new Outbox(1 << 20, 1 << 20, budget, now::get, idle, null);
        GatedStream stream = new GatedStream();
        stream.open();
        List<Thread> writers = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Boolean> lastEnding = new AtomicReference<>();
        outbox.offer(line("queued before the connection could be written to"));
        outbox.startWritersWith(() -> writers.add(Thread.ofVirtual().start(() -> {
            try {
                lastEnding.set(outbox.drain(stream));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })));
        assertEquals(1, writers.size(), "a line was waiting: a writer starts at once");
        stream.awaitWritten(49);
        now.addAndGet(idle - 1);
        outbox.retireIdleWriter(now.get());
        outbox.offer(line("second"));
        stream.awaitWritten(49 + 7);
        assertEquals(1, writers.size(), "not quiet long enough: the same writer wrote the second line");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        // Until the writer is back waiting, and told. Time moves on each round: the writer notes its
        // progress only after the stream took the line, which on a busy machine may be after the
        // test moved the clock.
        do {
            assertTrue(System.nanoTime() < deadline, "the idle writer never ended");
            now.addAndGet(idle);
            outbox.retireIdleWriter(now.get());
        } while (!writers.getFirst().join(Duration.ofMillis(10)));
        assertEquals(false, lastEnding.get(), "quiet: the writer ended and left the connection open");

        outbox.offer(line("after a quiet spell"));
        assertEquals(2, writers.size(), "the next line starts a new writer");
        stream.awaitWritten(49 + 7 + 20);
        outbox.finish(null);
        assertTrue(writers.getLast().join(Duration.ofSeconds(WAIT_SECONDS)));
        assertEquals(true, lastEnding.get(), "finished: the connection is over");
        assertEquals(2, writers.size());
    }

    @Test
    void lastWordsToAConnectionWithNoWriterStartOne() throws Exception {
        Outbox outbox = new Outbox(1 << 20, 1 << 20, budget, System::nanoTime, TimeUnit.MILLISECONDS.toNanos(50), null);
        GatedStream stream = new GatedStream();
        stream.open();
        AtomicReference<Thread> writer = new AtomicReference<>();
        outbox.startWritersWith(() -> writer.set(Thread.ofVirtual().start(() -> {
            try {
                outbox.drain(stream);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })));
        assertEquals(null, writer.get(), "nothing to write, no writer");
        outbox.finish(line("bye"));
        assertTrue(writer.get().join(Duration.ofSeconds(WAIT_SECONDS)));
        assertEquals("bye\n", stream.text());
    }

    @Test
    void linesForAWriterThatJustWroteWaitForTheNextRoundAndLeaveTogether() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ManualRounds manual = new ManualRounds();
        GatedStream stream = new GatedStream();
        Outbox outbox = afterAFirstLine(1 << 20, now, manual, stream);
        assertEquals(0, manual.wakes.get(), "a first line after a quiet spell wakes its writer at once");

        outbox.offer(line("second"));
        outbox.offer(line("third"));
        assertEquals(1, manual.wakes.get(), "held once for the next round");
        assertTrue(outbox.writerWaiting(), "nothing woke the writer");
        assertEquals("first\n", stream.text());

        assertTrue(manual.round(), "the round found the held outbox");
        stream.awaitWritten(6 + 7 + 6);
        assertEquals(text("first", "second", "third"), stream.text());
        assertEquals(2, stream.writes.get(), "the held lines left in one write");
        assertFalse(manual.round(), "nothing held any more");
        outbox.finish(null);
    }

    @Test
    void aLineAfterARoundOfQuietAndALineToAReaderFallingBehindWakeTheWriterAtOnce() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ManualRounds manual = new ManualRounds();
        GatedStream stream = new GatedStream();
        Outbox outbox = afterAFirstLine(400, now, manual, stream);

        now.addAndGet(WriteRounds.ROUND.toNanos());
        outbox.offer(line("after a quiet round"));
        stream.awaitWritten(6 + 20);
        awaitWaitingWriter(outbox);

        assertEquals(Outbox.Offer.BEHIND, outbox.offer(bytes(150)), "past a quarter of the bound");
        stream.awaitWritten(6 + 20 + 150);
        assertEquals(0, manual.wakes.get(), "nothing was held");
        outbox.finish(null);
    }

    /** An outbox on write rounds whose writer has written "first" and waits for lines again. */
    private Outbox afterAFirstLine(long maxBytes, AtomicLong now, ManualRounds manual, GatedStream stream)
            throws InterruptedException {
        Outbox outbox = new Outbox(maxBytes, maxBytes, budget, now::get, manual.writeRounds());
        stream.open();
        startWritersOnDemand(outbox, stream);
        outbox.offer(line("first"));
        stream.awaitWritten(6);
        awaitWaitingWriter(outbox);
        return outbox;
    }

    /** Until the outbox's writer has noted its write and waits for lines again. */
    private static void awaitWaitingWriter(Outbox outbox) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!outbox.writerWaiting()) {
            assertTrue(System.nanoTime() < deadline, "the writer never waited again");
            Thread.sleep(1);
        }
    }

    /** Write rounds the test runs by hand, counting the wakes asking for one. */
    private static final class ManualRounds {
        final AtomicInteger wakes = new AtomicInteger();
        private final AtomicReference<BooleanSupplier> round = new AtomicReference<>();

        WriteRounds writeRounds() {
            return new WriteRounds(new Scheduler() {
                @Override
                public Repeating every(Duration period, Runnable task) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Woken whenWoken(Duration period, BooleanSupplier task) {
                    round.set(task);
                    return new Woken() {
                        @Override
                        public void wake() {
                            wakes.incrementAndGet();
                        }

                        @Override
                        public void close() {
                        }
                    };
                }
            });
        }

        boolean round() {
            return round.get().getAsBoolean();
        }
    }

    /** Starts a writer thread whenever the outbox asks for one; the threads started, in order. */
    private static List<Thread> startWritersOnDemand(Outbox outbox, OutputStream stream) {
        List<Thread> writers = new java.util.concurrent.CopyOnWriteArrayList<>();
        outbox.startWritersWith(() -> writers.add(Thread.ofVirtual().start(() -> {
            try {
                outbox.drain(stream);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })));
        return writers;
    }

    private static Thread startWriter(Outbox outbox, OutputStream stream, AtomicReference<Throwable> failure) {
        return Thread.ofVirtual().name("outbox-test-writer").start(() -> {
            try {
                outbox.drain(stream);
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure.set(e);
            }
        });
    }

    private static OutLine bytes(int length) {
        byte[] line = new byte[length];
        line[length - 1] = '\n';
        return OutLine.plain(line);
    }

    private static OutLine line(String text) {
        return OutLine.plain((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /**
     * A stream whose writes block until {@link #open} is called, counting writes and flushes. The
     * writer wraps it in a buffer, so each write here is one flushed batch.
     */
    private static final class GatedStream extends OutputStream {
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger flushes = new AtomicInteger();
        private final CountDownLatch gate = new CountDownLatch(1);
        private final CountDownLatch entered = new CountDownLatch(1);
        // Guarded by this
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();

        void open() {
            gate.countDown();
        }

        void awaitBlockedWrite() throws InterruptedException {
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "the writer never wrote");
        }

        void awaitWritten(long count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            synchronized (this) {
                while (written.size() < count) {
                    long left = deadline - System.nanoTime();
                    assertTrue(left > 0, () -> "only " + written.size() + " of " + count + " bytes written");
                    wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
            }
        }

        synchronized String text() {
            return written.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            writes.incrementAndGet();
            synchronized (this) {
                written.write(b, off, len);
                notifyAll();
            }
        }

        @Override
        public void flush() {
            flushes.incrementAndGet();
        }
    }
}
