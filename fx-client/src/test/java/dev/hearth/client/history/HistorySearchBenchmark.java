package dev.hearth.client.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search over 100,000 stored messages in a real SQLite file: 20 conversations, a third of the
 * lines Chinese, the rest English, drawn from fixed vocabularies with a fixed seed. The target
 * (issue 12): every query answers in under 100 ms. Run by relay/tools/jmh.sh, or alone:
 * {@code relay/tools/jmh.sh HistorySearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistorySearchBenchmark {

    static final int MESSAGES = 100_000;
    private static final int CONVERSATIONS = 20;
    private static final String[] ENGLISH = ("the a weather is lovely today meet at station bakery train late again "
            + "see you tomorrow dinner with friends photo of the cat coffee later please call me when home "
            + "what time does it start birthday party holiday plans weekend hiking rain sunny").split(" ");
    private static final String[] CHINESE = {"今天", "天气", "很好", "我们", "一起", "吃饭", "明天", "见面", "火车", "晚点",
        "周末", "爬山", "下雨", "生日", "快乐", "照片", "咖啡", "回家", "电话", "朋友"};

    /**
     * "天气": two Chinese characters (substring scan); "天气很": three (trigram index); "weat": an
     * English word prefix; "zebra": a rare word; "the": a common one; "zq": two letters found nowhere
     * (the longest scan); "station bakery": two words.
     */
    @Param({"天气", "天气很", "weat", "zebra", "the", "zq", "station bakery"})
    public String query;

    private BenchmarkHistory history;
    private HistoryStore store;
    private ConversationRef one;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        history = BenchmarkHistory.open("hearth-search-bench");
        store = history.store();
        SplittableRandom random = new SplittableRandom(12);
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        int perConversation = MESSAGES / CONVERSATIONS;
        for (int c = 0; c < CONVERSATIONS; c++) {
            ConversationRef ref = c % 4 == 0 ? ConversationRef.direct("home.example:7777", "alice", "friend" + c)
                    : ConversationRef.room("home.example:7777", "alice", "room" + c);
            if (c == 1) {
                one = ref;
            }
            List<HistoryThread.Work> batch = new ArrayList<>();
            for (int i = 0; i < perConversation; i++) {
                long n = (long) c * perConversation + i;
                String text = random.nextInt(3) == 0 ? words(random, CHINESE, "") : words(random, ENGLISH, " ");
                if (n % 10_000 == 7) {
                    text += " zebra";
                }
                StoredMessage message = StoredMessage.sent("m" + n, (long) i + 1, t.plusSeconds(n * 30), "bob", text, false, null);
                batch.add(s -> s.record(ref, message));
            }
            store.together(batch);
        }
    }

    private static String words(SplittableRandom random, String[] vocabulary, String between) {
        StringBuilder line = new StringBuilder();
        int count = 3 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            line.append(i == 0 ? "" : between).append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return line.toString();
    }

    @TearDown(Level.Trial)
    public void remove() throws Exception {
        history.remove();
    }

    /** Ctrl+Shift+F: everything kept for this relay and nick, the newest 50 hits. */
    @Benchmark
    public List<SearchHit> everywhere() throws Exception {
        return store.search(query, "home.example:7777", "alice", 50);
    }

    /** Ctrl+F: one conversation of 5,000 messages, the newest 200 hits. */
    @Benchmark
    public List<SearchHit> inOneConversation() throws Exception {
        return store.search(query, one, 200);
    }
}
