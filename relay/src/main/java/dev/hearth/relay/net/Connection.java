package dev.hearth.relay.net;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Frame;
import dev.hearth.protocol.FrameReader;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.log.NetworkLog;
import dev.hearth.relay.log.PeerLog;
import dev.hearth.relay.routing.Router;
import dev.hearth.relay.session.OutLine;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.tls.ServerTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLSocket;

/**
 * One client connection. Its reader thread ({@link #read}) does the TLS handshake, starts the
 * writer thread, then reads lines and hands them to the router until the peer goes away. The
 * watchdog calls {@link #watch} to enforce the login deadline and idle limits. While its reader
 * runs, the relay-wide {@link OutboundBudget} may cut it off when it is the reader furthest behind.
 *
 * <p>Closing always closes the plain TCP socket underneath, never the TLS layer: that returns at
 * once even while the writer is blocked on a peer that stopped reading.
 */
final class Connection implements Peer, OutboundBudget.Queue {
    private static final AtomicLong IDS = new AtomicLong();
    /** How long a fatal error may take to reach a peer before the socket is closed anyway. */
    private static final long LAST_WORDS_NANOS = 2_000_000_000L;

    private final Socket raw;
    private final InetAddress address;
    private final String label;
    private final PeerLog log;
    private final RelayConfig config;
    private final EnvelopeCodec codec;
    private final Router router;
    private final ConnectionRegistry registry;
    private final LongSupplier nanos;
    private final OutboundBudget budget;
    private final Outbox outbox;
    // Written by the router, under its lock; read by the reader and the watchdog.
    private volatile Session session;
    // Stops while the relay handles what the peer sent before login; see LoginClock for who writes what.
    private final LoginClock loginClock;
    // Written by the reader thread only; read by the watchdog.
    private volatile long lastHeardNanos;
    // Written by the watchdog only: the lastHeardNanos it pinged after, so it pings once per silence.
    private long pingedAfterNanos = Long.MIN_VALUE;
    // Written by whoever queues last words (each writes now + LAST_WORDS_NANOS); read by the watchdog.
    private volatile long closeByNanos;
    // Set once before the reader starts.
    private volatile ErrorCode refusal;

    Connection(Socket raw, RelayConfig config, EnvelopeCodec codec, Router router, ConnectionRegistry registry,
            OutboundBudget budget, WriteRounds writeRounds, NetworkLog networkLog, LongSupplier nanos) {
        this.raw = raw;
        this.address = raw.getInetAddress();
        this.label = "conn#" + IDS.incrementAndGet() + " " + address.getHostAddress();
        this.log = new PeerLog(networkLog, address, label);
        this.config = config;
        this.codec = codec;
        this.router = router;
        this.registry = registry;
        this.nanos = nanos;
        this.budget = budget;
        this.outbox = new Outbox(config.outboxBytes(), config.replayBytes(), budget, nanos, writeRounds);
        outbox.whenRoomForBulk(() -> router.onRoomForBulk(this));
        long now = nanos.getAsLong();
        this.lastHeardNanos = now;
        this.loginClock = new LoginClock(config.helloTimeout());
    }

    /** Admission's verdict, before the reader starts: a deadline to log in, or a refusal to tell the peer. */
    void admitted(Duration loginDeadline) {
        loginClock.allow(loginDeadline, nanos.getAsLong());
    }

    void refused(ErrorCode code) {
        refusal = code;
    }

    /** The reader thread's body. Returns when the connection is over. */
    void read() {
        boolean writing = false;
        budget.track(this);
        loginClock.start(nanos.getAsLong());
        try {
            Socket socket = config.tls() == null ? raw : handshake();
            outbox.startWritersWith(() -> Thread.ofVirtual().name("hearth-write-" + label).start(() -> write(socket)));
            writing = true;
            if (refusal != null) {
                sendAndClose(OutLine.plain(codec.encode(ErrorReply.of(refusal, refusalMessage(), null))));
                return;
            }
            readLines(new FrameReader(socket.getInputStream(), config.maxFrame()));
        } catch (IOException e) {
            log.debug(e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            // A bug must cost one connection, not the relay. The exception's message may quote
            // what the peer sent, so only its type and place are logged.
            StackTraceElement[] where = e.getStackTrace();
            log.error("internal error " + e.getClass().getName() + " at " + (where.length > 0 ? where[0] : "?")
                    + "; closing the connection");
        } finally {
            budget.untrack(this);
            router.onClosed(this);
            // Without a writer, nothing else would close it and give back what was queued for it.
            if (!writing || !outbox.finishing()) {
                close();
            }
        }
    }

    private void readLines(FrameReader reader) throws IOException {
        IntakePacing.open();
        try {
            while (!outbox.finishing()) {
                Frame frame = reader.next();
                lastHeardNanos = nanos.getAsLong();
                switch (frame) {
                    case Frame.Line(byte[] bytes) -> {
                        boolean beforeLogin = session == null;
                        if (beforeLogin) {
                            loginClock.pause(lastHeardNanos);
                        }
                        router.onLine(this, codec.decode(bytes));
                        if (beforeLogin) {
                            loginClock.resume(nanos.getAsLong());
                        }
                        IntakePacing.letThemCatchUp();
                    }
                    case Frame.TooLarge(int limit) -> {
                        router.onFrameTooLarge(this, limit);
                        return;
                    }
                    case Frame.EndOfStream() -> {
                        return;
                    }
                }
            }
        } finally {
            IntakePacing.close();
        }
    }

    private Socket handshake() throws IOException {
        SSLSocket tls = ServerTls.wrapServerSide(config.tls(), raw);
        tls.startHandshake();
        return tls;
    }

    /** A writer thread's body: it ends when the connection is quiet, and the connection with it only when over. */
    private void write(Socket socket) {
        boolean over = true;
        try {
            over = outbox.drain(socket.getOutputStream());
        } catch (IOException e) {
            log.debug("write failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (over) {
                close();
            }
        }
    }

    /** Called by the watchdog: login deadline, idle ping, idle drop, overdue last words, an idle writer. */
    void watch(long now) {
        outbox.retireIdleWriter(now);
        long closeBy = closeByNanos;
        Session current = session;
        if (closeBy != 0 && now - closeBy > 0) {
            close();
        } else if (current == null && closeBy == 0 && loginClock.overdue(now)) {
            log.info("no login in time; closing");
            close();
        } else if (current != null) {
            long heard = lastHeardNanos;
            long silent = now - heard;
            if (silent >= config.idleDrop().toNanos()) {
                log.info("silent for " + config.idleDrop().toSeconds() + " s; closing");
                close();
            } else if (silent >= config.idlePing().toNanos() && pingedAfterNanos != heard) {
                pingedAfterNanos = heard;
                router.ping(this);
            }
        }
    }

    /** Admission refuses only over the per-address and per-network caps; relay-full waits for the hello. */
    private static String refusalMessage() {
        return "too many connections from your address or network";
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
    public PeerLog log() {
        return log;
    }

    @Override
    public boolean send(OutLine line) {
        return outcome(outbox.offer(line));
    }

    @Override
    public boolean send(List<OutLine> lines) {
        return outcome(outbox.offer(lines));
    }

    private boolean outcome(Outbox.Offer offer) {
        return switch (offer) {
            case QUEUED -> {
                budget.enforce();
                yield !outbox.finishing();
            }
            case BEHIND -> {
                IntakePacing.behind(outbox);
                budget.enforce();
                yield !outbox.finishing();
            }
            case CLOSED -> false;
            case OVERFLOW -> {
                log.info("outbound queue over " + config.outboxBytes() + " bytes; cutting off a slow reader");
                close();
                yield false;
            }
        };
    }

    @Override
    public void sendRequested(List<OutLine> lines) {
        if (!outbox.offerRequested(lines)) {
            log.info("more than " + config.replayBytes() + " requested bytes unread; cutting off a slow reader");
            close();
        } else {
            budget.enforce();
        }
    }

    @Override
    public boolean roomForBulk() {
        return outbox.roomForBulk();
    }

    @Override
    public void sendAndClose(OutLine line) {
        closeByNanos = nanos.getAsLong() + LAST_WORDS_NANOS;
        outbox.finish(line);
        budget.enforce();
    }

    @Override
    public OutboundBudget.Waiting waiting() {
        return outbox.waiting();
    }

    /** Called by the budget, on the thread of whoever queued the line that went over it. */
    @Override
    public void cutOff() {
        log.info("outbound queues of all connections over " + budget.maxBytes() + " bytes, this one's the furthest"
                + " behind; cutting off a slow reader");
        close();
    }

    @Override
    public void close() {
        outbox.kill();
        try {
            raw.close();
        } catch (IOException e) {
            log.debug("close: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void attach(Session newSession) {
        this.session = newSession;
        if (newSession != null) {
            registry.loggedIn(this);
        }
    }

    @Override
    public void restartLoginDeadline() {
        loginClock.allow(config.helloTimeout(), nanos.getAsLong());
    }

    @Override
    public String toString() {
        return "Connection[" + label + "]";
    }
}
