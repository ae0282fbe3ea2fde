package dev.hearth.client.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keeping a burst: 2,000 new messages of one room in one transaction, as the history thread
 * keeps what a burst brings, into a real SQLite file that grows through the run. Reported per
 * message. {@code MODULES=fx-client relay/tools/jmh.sh HistoryRecordBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryRecordBenchmark {

    private static final int BATCH = 2_000;
    private static final ConversationRef ROOM = ConversationRef.room("home.example:7777", "alice", "lobby");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private BenchmarkHistory history;
    private HistoryStore store;
    private long next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        history = BenchmarkHistory.open("hearth-record-bench");
        store = history.store();
    }

    @TearDown(Level.Trial)
    public void remove() throws Exception {
        history.remove();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void aBurstOfNewMessages() throws Exception {
        List<HistoryThread.Work> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long n = next++;
            StoredMessage message = StoredMessage.sent("m" + n, n + 1, START.plusMillis(n), "bob",
                    "flood " + n + " the weather is lovely today, see you at the station", false, null);
            batch.add(s -> s.record(ROOM, message));
        }
        store.together(batch);
    }
}
