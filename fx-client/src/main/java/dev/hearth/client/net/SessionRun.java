package dev.hearth.client.net;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Fetched;
import dev.hearth.protocol.FileReady;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Welcome;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private final ConnectRequest request;
    private final ClientOptions options;
    private final KnownRelays knownRelays;
    private final Consumer<ClientEvent> listener;
    private final SendQueue sends;
    private final Downloads downloads;
    // A string is as long as the line holding it at most, and a relay may allow lines this long.
    private final EnvelopeCodec codec = new EnvelopeCodec(ProtocolDefaults.LARGEST_FRAME_BYTES);
    private final Backoff backoff;

    private volatile boolean stopped;
    /** Opened by {@link #stop}: a backoff wait ends at once rather than sleeping through it. */
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean leaving;
    private volatile boolean superseded;
    private volatile RelayConnection connection;
    private volatile String fingerprint;
    private final SessionMemory memory;

    /** @param jitter draws each reconnect's delay within its backoff bound */
    SessionRun(ConnectRequest request, ClientOptions options, KnownRelays knownRelays,
               Consumer<ClientEvent> listener, SendQueue sends, Downloads downloads, RandomGenerator jitter) {
        this.request = request;
        this.options = options;
        this.knownRelays = knownRelays;
        this.listener = listener;
        this.sends = sends;
        this.downloads = downloads;
        this.memory = new SessionMemory(request.nick(), request.rooms());
        this.backoff = new Backoff(options.backoffBase(), options.backoffCap(), jitter);
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
                        ? new ClientEvent.TrustNeeded(request.address(), problem.presented(), request.announced())
                        : new ClientEvent.PinMismatch(request.address(), pin, problem.presented()));
                break;
            } catch (LoginRefusedException refused) {
                listener.accept(new ClientEvent.LoginRefused(refused.error()));
                break;
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "connection to {0} ended: {1}", request.address().key(), e.toString());
                if (!memory.everLoggedIn() && attempt == 0 && !stopped) {
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
            return !stopSignal.await(delay.toNanos(), TimeUnit.NANOSECONDS) && !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- login

    private void login(RelayConnection conn) throws IOException, LoginRefusedException {
        // A relay answers hello at once: a path that stalls here is given up as quickly as a connect.
        conn.readTimeout(options.connectTimeout());
        LoginHandshake.Welcomed welcomed = LoginHandshake.perform(
                conn, request, options, memory.nick(), memory.token(), memory.lastN(), memory.everLoggedIn());
        welcomed(conn, welcomed.welcome(), welcomed.resumed());
    }

    private void welcomed(RelayConnection conn, Welcome welcome, boolean resumed) throws IOException {
        conn.readTimeout(options.deadAfter());
        List<Envelope> first = memory.welcomed(welcome, resumed);
        if (!resumed) {
            sends.resetCounter();
        }
        Welcome.Limits limits = welcome.limits();
        int rate = limits == null || limits.ratePerSecond() == null ? ProtocolDefaults.RATE_PER_SECOND : limits.ratePerSecond();
        int burst = limits == null || limits.burst() == null ? ProtocolDefaults.BURST : limits.burst();
        sends.attach(conn, rate, burst, first);
        downloads.loggedIn(resumed);
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
                        if (!memory.isNew(valid.n())) {
                            continue;
                        }
                        sends.processed(valid.n());
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
                if (memory.isSyncAnswer(pong)) {
                    sends.inSync();
                }
            }
            case ErrorReply error when ErrorCode.RATE_LIMITED.wire().equals(error.code())
                    && error.id() != null && sends.retryLater(error.id()) -> { }
            // Protocol 1.1 files: chunks and their windows stay here; what they come to is reported.
            case FileReady ready -> {
                sends.settle(ready.id());
                sends.fileReady(ready.id(), ready.blob());
            }
            case Chunk chunk -> downloads.chunk(chunk);
            case Fetched fetched -> downloads.fetched(fetched);
            case ErrorReply error when fileFailed(error) -> { }
            default -> {
                memory.track(envelope).ifPresent(id -> {
                    sends.settle(id);
                    sends.uploadEnded(id); // a file's echo: delivered
                });
                listener.accept(new ClientEvent.Received(envelope));
            }
        }
    }

    /**
     * An error about one of our uploads (by its offer's id, or its blob) or fetches (by blob):
     * reported as that transfer's failure. False for any other error.
     */
    private boolean fileFailed(ErrorReply error) {
        String upload = error.id() != null && sends.uploadEnded(error.id()) ? error.id()
                : error.blob() != null ? sends.uploadOf(error.blob()) : null;
        if (upload != null) {
            sends.uploadEnded(upload);
            sends.settle(upload);
            listener.accept(new ClientEvent.UploadFailed(upload, error.code(), error.message()));
            return true;
        }
        return error.blob() != null && downloads.refused(error.blob(), error.code(), error.message());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
