package dev.hearth.client.net;

import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Left;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Welcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One session with one relay, from the first connect until the user leaves or a refusal stops
 * it: the receive thread's whole life. It connects, logs in (resuming when it can), reads and
 * reports envelopes, and on any drop waits out a jittered backoff and tries again. It is the only
 * caller of the listener, so events arrive in order. Session state below is touched only by this
 * thread; what the send thread needs lives in {@link SendQueue}.
 */
final class SessionRun implements Runnable {

    private static final System.Logger LOG = System.getLogger(SessionRun.class.getName());
    private static final String SYNC_PREFIX = "sync-";

    private final ConnectRequest request;
    private final ClientOptions options;
    private final KnownRelays knownRelays;
    private final Consumer<ClientEvent> listener;
    private final SendQueue sends;
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final Backoff backoff;

    private volatile boolean stopped;
    /** Opened by {@link #stop}: a backoff wait ends at once rather than sleeping through it. */
    private final java.util.concurrent.CountDownLatch stopSignal = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean leaving;
    private volatile boolean superseded;
    private volatile RelayConnection connection;
    private volatile String fingerprint;
    private String nick;
    private String token;
    private long lastN;
    private boolean everLoggedIn;
    private String syncId;
    private int syncCount;
    private final Set<String> rooms = new LinkedHashSet<>();

    SessionRun(ConnectRequest request, ClientOptions options, KnownRelays knownRelays,
               Consumer<ClientEvent> listener, SendQueue sends) {
        this.request = request;
        this.options = options;
        this.knownRelays = knownRelays;
        this.listener = listener;
        this.sends = sends;
        this.nick = request.nick();
        this.rooms.addAll(request.rooms()); // joined after the first login, as after any fresh one
        this.backoff = new Backoff(options.backoffBase(), options.backoffCap(), RandomGenerator.getDefault());
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Any thread: the user said {@code bye}; once this connection ends, do not come back. */
    void leaving() {
        leaving = true;
    }

    /** Any thread: a new session replaces this one; it ends without reporting "offline" over the new one's status. */
    void supersede() {
        superseded = true;
        stop();
    }

    /** Any thread: ends the run; a blocked read is woken by closing its socket. */
    void stop() {
        stopped = true;
        stopSignal.countDown();
        sends.stop();
        RelayConnection current = connection;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public void run() {
        listener.accept(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTING, null));
        int attempt = 0;
        while (!stopped) {
            String pin = knownRelays.pinFor(request.address()).orElse(request.fingerprint());
            try (RelayConnection opened = RelayConnection.open(request.address(), pin, options.connectTimeout(), codec)) {
                connection = opened;
                if (stopped) {
                    break;
                }
                rememberPin(opened, pin);
                login(opened);
                attempt = 0;
                readUntilClosed(opened);
            } catch (RelayConnection.PinProblem problem) {
                listener.accept(pin == null
                        ? new ClientEvent.TrustNeeded(request.address(), problem.presented())
                        : new ClientEvent.PinMismatch(request.address(), pin, problem.presented()));
                break;
            } catch (LoginRefusedException refused) {
                listener.accept(new ClientEvent.LoginRefused(refused.error()));
                break;
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "connection to {0} ended: {1}", request.address().key(), e.toString());
                if (!everLoggedIn && attempt == 0 && !stopped) {
                    listener.accept(new ClientEvent.Problem(ProblemCause.of(e), describe(e)));
                }
            } finally {
                RelayConnection ended = connection;
                connection = null;
                if (ended != null) {
                    sends.detach(ended);
                }
            }
            if (stopped || leaving || !waitBeforeRetry(attempt++)) {
                break;
            }
        }
        stop();
        if (!superseded) {
            listener.accept(new ClientEvent.StatusChanged(ConnectionStatus.OFFLINE, null));
        }
    }

    private void rememberPin(RelayConnection opened, String pin) {
        if (opened.fingerprint() != null) {
            fingerprint = opened.fingerprint();
            if (knownRelays.pinFor(request.address()).isEmpty()) {
                knownRelays.pin(request.address(), opened.fingerprint());
            }
        }
    }

    private boolean waitBeforeRetry(int attempt) {
        Duration delay = backoff.delay(attempt);
        listener.accept(new ClientEvent.StatusChanged(ConnectionStatus.RECONNECTING, delay));
        try {
            return !stopSignal.await(delay.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS) && !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- login

    private void login(RelayConnection conn) throws IOException, LoginRefusedException {
        // A relay answers hello at once: a path that stalls here is given up as quickly as a connect.
        conn.readTimeout(options.connectTimeout());
        LoginHandshake.Welcomed welcomed = LoginHandshake.perform(conn, request, options, nick, token, lastN, everLoggedIn);
        welcomed(conn, welcomed.welcome(), welcomed.resumed());
    }

    private void welcomed(RelayConnection conn, Welcome welcome, boolean resumed) throws IOException {
        conn.readTimeout(options.deadAfter());
        token = welcome.session();
        nick = welcome.nick() == null ? nick : welcome.nick();
        List<Envelope> first = new ArrayList<>();
        if (!resumed) {
            lastN = 0;
            sends.resetCounter();
            rooms.forEach(room -> first.add(new Join(room, null)));
        }
        // The relay answers in order, so this ping's pong follows the replay or the re-joined
        // rooms' backlog: only then do we know which of our messages still need sending.
        syncId = SYNC_PREFIX + (++syncCount);
        first.add(new Ping(syncId));
        Welcome.Limits limits = welcome.limits();
        int rate = limits == null || limits.ratePerSecond() == null ? ProtocolDefaults.RATE_PER_SECOND : limits.ratePerSecond();
        int burst = limits == null || limits.burst() == null ? ProtocolDefaults.BURST : limits.burst();
        sends.attach(conn, rate, burst, first);
        everLoggedIn = true;
        listener.accept(new ClientEvent.LoggedIn(welcome, resumed, fingerprint));
        listener.accept(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTED, null));
    }

    // ---- the read loop

    private void readUntilClosed(RelayConnection conn) throws IOException {
        while (!stopped) {
            Decoded decoded = conn.read();
            sends.heard();
            switch (decoded) {
                case Decoded.Malformed bad -> listener.accept(new ClientEvent.Problem(ProblemCause.UNREADABLE, bad.reason()));
                case Decoded.Valid valid -> {
                    if (valid.n() != null) {
                        if (valid.n() <= lastN) {
                            continue; // already reported before the connection dropped
                        }
                        lastN = valid.n();
                        sends.processed(lastN);
                    }
                    handle(valid.envelope());
                }
            }
        }
    }

    private void handle(Envelope envelope) {
        switch (envelope) {
            case Ping ping -> sends.pong(ping.id());
            case Pong pong -> {
                if (syncId != null && syncId.equals(pong.id())) {
                    syncId = null;
                    sends.inSync();
                }
            }
            case ErrorReply error when ErrorCode.RATE_LIMITED.wire().equals(error.code())
                    && error.id() != null && sends.retryLater(error.id()) -> { }
            default -> {
                track(envelope);
                listener.accept(new ClientEvent.Received(envelope));
            }
        }
    }

    private void track(Envelope envelope) {
        switch (envelope) {
            case Message m when nick.equals(m.from()) && m.id() != null -> sends.settle(m.id());
            case Dm d when nick.equals(d.from()) && d.id() != null -> sends.settle(d.id());
            case ErrorReply e when e.id() != null -> sends.settle(e.id());
            case Joined j when j.room() != null -> rooms.add(j.room());
            case Left l when l.room() != null -> rooms.remove(l.room());
            case Nick n when n.nick() != null -> nick = n.nick();
            default -> { }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
