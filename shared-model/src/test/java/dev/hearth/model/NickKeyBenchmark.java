package dev.hearth.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The nick uniqueness key (NFC, case folding, UTS #39 skeleton), worked out at every login, rename,
 * direct message and ignore, and the whole check a login makes. Run by {@code relay/tools/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NickKeyBenchmark {

    private final String latin = "Alice_1987";
    private final String chinese = "小明同学";
    private final String mixedScript = "аlice"; // a Cyrillic а

    @Benchmark
    public String keyLatin() {
        return Nicknames.key(latin);
    }

    @Benchmark
    public String keyChinese() {
        return Nicknames.key(chinese);
    }

    @Benchmark
    public String keyConfusable() {
        return Nicknames.key(mixedScript);
    }

    @Benchmark
    public NameCheck checkLatin() {
        return Nicknames.check(latin);
    }
}
