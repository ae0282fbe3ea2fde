package dev.hearth.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * The codec on the envelopes a relay handles most: a client's {@code say} decoded, the
 * {@code message} it becomes encoded once for every member, an {@code ack} decoded. Run by
 * {@code relay/tools/jmh.sh}; the numbers are in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final byte[] say = "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"are we still on for saturday? I can bring the board games\",\"id\":\"c-1842\"}"
            .getBytes(StandardCharsets.UTF_8);
    private final byte[] sayChinese = "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"今天天气很好，我们下午去公园散步吧？\",\"id\":\"c-1843\"}"
            .getBytes(StandardCharsets.UTF_8);
    private final byte[] ack = "{\"type\":\"ack\",\"n\":18342}".getBytes(StandardCharsets.UTF_8);
    private final Message message = new Message("lobby", 4711L, Instant.parse("2026-12-05T12:00:00.123Z"), "alice",
            "are we still on for saturday? I can bring the board games", "c-1842");

    @Benchmark
    public Decoded decodeSay() {
        return codec.decode(say);
    }

    @Benchmark
    public Decoded decodeSayChinese() {
        return codec.decode(sayChinese);
    }

    @Benchmark
    public Decoded decodeAck() {
        return codec.decode(ack);
    }

    @Benchmark
    public byte[] encodeMessage() {
        return codec.encode(message);
    }
}
