package dev.hearth.relay.net;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Frame;
import dev.hearth.protocol.FrameReader;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.routing.Router;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.tls.ServerTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;

/**
 * One client connection. Its reader thread ({@link #read}) does the TLS handshake, starts the
 * writer thread, then reads lines and hands them to the router until the peer goes away. The
 * watchdog calls {@link #watch} to enforce the login deadline and idle limits.
 *
 * <p>Closing always closes the plain TCP socket underneath, never the TLS layer: that returns at
 * once even while the writer is blocked on a peer that stopped reading.
 */
final class Connection implements Peer {
    private static final System.Logger LOG = System.getLogger("hearth.relay");
    private static final AtomicLong IDS = new AtomicLong();
    /** How long a fatal error may take to reach a peer before the socket is closed anyway. */
    private static final long LAST_WORDS_NANOS = 2_000_000_000L;

    private final Socket raw;
    private final InetAddress address;
    private final String label;
    private final RelayConfig config;
    private final EnvelopeCodec codec;
    private final Router router;
    private final Outbox outbox;
    private final ErrorCode refusal;
    // Guarded by the router lock (written there; volatile for the watchdog's reads)
    private volatile Session session;
    private volatile long lastHeardNanos;
    private volatile long loginDeadlineNanos;
    private volatile boolean pinged;
    private volatile long closeByNanos;

    Connection(Socket raw, RelayConfig config, EnvelopeCodec codec, Router router, ErrorCode refusal) {
        this.raw = raw;
        this.address = raw.getInetAddress();
        this.label = "conn#" + IDS.incrementAndGet() + " " + address.getHostAddress();
        this.config = config;
        this.codec = codec;
        this.router = router;
        this.refusal = refusal;
        this.outbox = new Outbox(config.outboxBytes());
        long now = System.nanoTime();
        this.lastHeardNanos = now;
        this.loginDeadlineNanos = now + config.helloTimeout().toNanos();
    }

    /** The reader thread's body. Returns when the connection is over. */
    void read() {
        try {
            Socket socket = config.tls() == null ? raw : handshake();
            Thread.ofVirtual().name("hearth-write-" + label).start(() -> write(socket));
            if (refusal != null) {
                sendAndClose(codec.encode(ErrorReply.of(refusal, refusalMessage(), null)));
                return;
            }
            readLines(new FrameReader(socket.getInputStream(), config.maxFrame()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: {1}", label, e.getMessage());
        } catch (RuntimeException e) {
            // A bug must cost one connection, not the relay. The exception's message may quote
            // what the peer sent, so only its type and place are logged.
            StackTraceElement[] where = e.getStackTrace();
            LOG.log(System.Logger.Level.ERROR, "{0}: internal error {1} at {2}; closing the connection", label,
                    e.getClass().getName(), where.length > 0 ? where[0] : "?");
        } finally {
            router.onClosed(this);
            if (!outbox.finishing()) {
                close();
            }
        }
    }

    private void readLines(FrameReader reader) throws IOException {
        while (!outbox.finishing()) {
            Frame frame = reader.next();
            lastHeardNanos = System.nanoTime();
            pinged = false;
            switch (frame) {
                case Frame.Line(byte[] bytes) -> router.onLine(this, codec.decode(bytes));
                case Frame.TooLarge(int limit) -> {
                    router.onFrameTooLarge(this, limit);
                    return;
                }
                case Frame.EndOfStream() -> {
                    return;
                }
            }
        }
    }

    private Socket handshake() throws IOException {
        SSLSocket tls = ServerTls.wrapServerSide(config.tls(), raw);
        tls.startHandshake();
        return tls;
    }

    private void write(Socket socket) {
        try {
            outbox.drainUntilClosed(socket.getOutputStream());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: write failed: {1}", label, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** Called by the watchdog: login deadline, idle ping, idle drop, overdue last words. */
    void watch(long now) {
        if (closeByNanos != 0 && now - closeByNanos > 0) {
            close();
        } else if (session == null && closeByNanos == 0 && now - loginDeadlineNanos > 0) {
            LOG.log(System.Logger.Level.INFO, "{0}: no login in time; closing", label);
            close();
        } else if (session != null) {
            long silent = now - lastHeardNanos;
            if (silent >= config.idleDrop().toNanos()) {
                LOG.log(System.Logger.Level.INFO, "{0}: silent for {1} s; closing", label, config.idleDrop().toSeconds());
                close();
            } else if (silent >= config.idlePing().toNanos() && !pinged) {
                pinged = true;
                router.ping(this);
            }
        }
    }

    private String refusalMessage() {
        return refusal == ErrorCode.RELAY_FULL
                ? "the relay has all the connections it can take; try again later"
                : "too many connections from your address";
    }

    @Override
    public InetAddress address() {
        return address;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean send(byte[] line) {
        return switch (outbox.offer(line)) {
            case QUEUED -> true;
            case CLOSED -> false;
            case OVERFLOW -> {
                LOG.log(System.Logger.Level.INFO, "{0}: outbound queue over {1} bytes; cutting off a slow reader",
                        label, config.outboxBytes());
                close();
                yield false;
            }
        };
    }

    @Override
    public void sendReplay(List<byte[]> lines) {
        outbox.preload(lines);
    }

    @Override
    public void sendAndClose(byte[] line) {
        closeByNanos = System.nanoTime() + LAST_WORDS_NANOS;
        outbox.finish(line);
    }

    @Override
    public void close() {
        outbox.kill();
        try {
            raw.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: close: {1}", label, e.getMessage());
        }
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void attach(Session newSession) {
        this.session = newSession;
    }

    @Override
    public void restartLoginDeadline() {
        loginDeadlineNanos = System.nanoTime() + config.helloTimeout().toNanos();
    }
}
