package dev.hearth.client.net;

import dev.hearth.protocol.Envelope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A connection's sending half that records what was flushed, for the writer's tests. */
final class RecordingLine implements EnvelopeLine {

    private final List<Envelope> buffered = new ArrayList<>();
    private final LinkedBlockingQueue<List<Envelope>> flushes = new LinkedBlockingQueue<>();
    private volatile boolean failWrites;
    volatile boolean finished;
    volatile boolean closed;

    void failWrites() {
        failWrites = true;
    }

    @Override
    public synchronized void write(Envelope envelope) throws IOException {
        if (failWrites) {
            throw new IOException("broken pipe");
        }
        buffered.add(envelope);
    }

    @Override
    public synchronized void flush() {
        flushes.add(List.copyOf(buffered));
        buffered.clear();
    }

    @Override
    public void finishSending() {
        finished = true;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The next flushed batch, waiting up to five seconds for the writer thread. */
    List<Envelope> nextFlush() throws InterruptedException {
        List<Envelope> batch = flushes.poll(5, TimeUnit.SECONDS);
        if (batch == null) {
            throw new AssertionError("nothing was flushed");
        }
        return batch;
    }
}
