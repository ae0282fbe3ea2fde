package dev.hearth.relay.routing;

import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.log.NetworkLog;
import dev.hearth.relay.log.PeerLog;
import dev.hearth.relay.session.OutLine;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fan-out path without sockets: one decoded {@code say} through the router to every member of
 * a room: the message encoded once, numbered and kept for resumption per member, handed to each
 * member's connection, whose writer copies it into its batch (a reused buffer here). Members
 * acknowledge every 64 messages, as clients do. Per operation: one message to {@code members}
 * recipients. Run by {@code relay/tools/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FanOutBenchmark {

    private static final int ACK_EVERY = 64;

    @Param({"10", "100", "500"})
    public int members;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private Router router;
    private final List<WritingPeer> peers = new ArrayList<>();
    private Decoded say;
    private int sent;

    @Setup(Level.Trial)
    public void fillTheRoom() {
        RelayConfig config = RelayConfig.builder().port(0).grace(Duration.ofMinutes(2)).ratePerSecond(1_000_000_000)
                .burst(1_000_000_000).maxConnections(members + 1).maxFrame(1 << 20).maxConnectionsPerAddress(100_000).maxConnectionsPerNetwork(100_000).build();
        router = new Router(config, codec, Clock.systemUTC(), System::nanoTime);
        for (int i = 0; i < members; i++) {
            WritingPeer peer = new WritingPeer();
            line(peer, "{\"type\":\"hello\",\"v\":1,\"nick\":\"member" + i + "\"}");
            line(peer, "{\"type\":\"join\",\"room\":\"lobby\"}");
            peers.add(peer);
        }
        say = codec.decode("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"are we still on for saturday? I can bring the board games\"}"
                .getBytes(StandardCharsets.UTF_8));
        // Measure the real path or nothing: every member logged in, in the room, reached by a say.
        long[] before = peers.stream().mapToLong(peer -> peer.lastN).toArray();
        sayToTheRoom();
        for (int i = 0; i < members; i++) {
            if (peers.get(i).session() == null || peers.get(i).lastN <= before[i]) {
                throw new IllegalStateException("member " + i + " is not in the room");
            }
        }
    }

    @Benchmark
    public void sayToTheRoom() {
        router.onLine(peers.getFirst(), say);
        if (++sent % ACK_EVERY == 0) {
            for (WritingPeer peer : peers) {
                peer.session().acknowledge(peer.lastN);
            }
        }
    }

    private void line(Peer peer, String json) {
        router.onLine(peer, codec.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A connection whose socket is infinitely fast: the writer's copy into its batch, and nothing else. */
    private static final class WritingPeer implements Peer {
        private final PeerLog log = new PeerLog(new NetworkLog(System::nanoTime), InetAddress.getLoopbackAddress(), "bench");
        private final byte[] batch = new byte[64 * 1024];
        private Session session;
        private long lastN;

        @Override
        public boolean send(OutLine line) {
            if (line.length() <= batch.length) {
                line.copyTo(batch, 0);
            }
            lastN = Math.max(lastN, line.n());
            return true;
        }

        @Override
        public void sendRequested(List<OutLine> lines) {
            lines.forEach(this::send);
        }

        @Override
        public boolean roomForBulk() {
            return true;
        }

        @Override
        public void sendAndClose(OutLine line) {
            send(line);
        }

        @Override
        public void close() {
        }

        @Override
        public Session session() {
            return session;
        }

        @Override
        public void attach(Session value) {
            session = value;
        }

        @Override
        public void restartLoginDeadline() {
        }

        @Override
        public InetAddress address() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public String label() {
            return "bench";
        }

        @Override
        public PeerLog log() {
            return log;
        }
    }
}
