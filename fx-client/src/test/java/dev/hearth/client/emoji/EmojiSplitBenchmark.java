package dev.hearth.client.emoji;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cutting a line's text into plain runs and emoji, which every line drawn does: lines as a chat
 * has them, with a number, an emoji, Chinese and a link. {@code MODULES=fx-client relay/tools/jmh.sh EmojiSplitBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EmojiSplitBenchmark {

    @Param({
        "are we still on for saturday? I can bring the board games",
        "12345 are we still on for saturday? I can bring the board games",
        "sounds good \uD83D\uDC4D see you at 3",
        "今天天气很好，我们下午去公园散步吧？",
        "https://example.org/menu has the new menu, the soup looks great",
    })
    public String text;

    private final EmojiIndex index = EmojiPack.bundled().index();

    @Benchmark
    public List<EmojiRun> split() {
        return index.split(text);
    }
}
