package dev.hearth.client.net;

import dev.hearth.protocol.Dm;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.Ignore;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Leave;
import dev.hearth.protocol.Mute;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Delete;
import dev.hearth.protocol.Edit;
import dev.hearth.protocol.React;
import dev.hearth.protocol.Say;
import dev.hearth.protocol.Typing;
import dev.hearth.protocol.Who;
import java.nio.file.Path;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.function.Consumer;

/**
 * The desktop client's connection to one relay, kept alive across dropped connections.
 *
 * <p>Threads: {@link #connect} starts a receive thread ({@code hearth-receive}, see
 * {@link SessionRun}) that connects, logs in, reads, reports every {@link ClientEvent} to the
 * single listener and reconnects with backoff; and a send thread ({@code hearth-send}, see
 * {@link SendQueue}) that writes. The {@link RelayLink} methods may be called from any thread
 * (the FX thread in the app) and never block.
 *
 * <p>Nothing the user sends is silently lost: a {@code say}/{@code dm} stays unconfirmed until its
 * echo (or an error naming its id) arrives, and every unconfirmed one is sent again after a
 * reconnect. After a resumed session the relay de-duplicates by id. After a fresh session
 * (resumption failed) a room message whose echo shows up in the re-joined room's backlog is not
 * resent; a DM has no backlog to check, so in the rare case where the relay delivered it but the
 * echo was lost together with the session, the recipient sees it twice rather than never.
 */
public final class RelayClient implements RelayLink, AutoCloseable {

    private final ClientOptions options;
    private final RandomGenerator jitter;
    private final KnownRelays knownRelays;
    private final Consumer<ClientEvent> listener;
    private final RequestIds ids = new RequestIds();

    // Guarded by this.
    private ConnectRequest lastRequest;
    private SessionRun run;
    private SendQueue sends;
    private Downloads downloads;
    private volatile ConnectionStatus status = ConnectionStatus.OFFLINE;

    public RelayClient(ClientOptions options, KnownRelays knownRelays, Consumer<ClientEvent> listener) {
        this(options, knownRelays, listener, RandomGenerator.getDefault());
    }

    /** @param jitter draws reconnect delays within their backoff bounds; tests choose their own */
    RelayClient(ClientOptions options, KnownRelays knownRelays, Consumer<ClientEvent> listener, RandomGenerator jitter) {
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.options = Objects.requireNonNull(options, "options");
        this.knownRelays = Objects.requireNonNull(knownRelays, "knownRelays");
        Objects.requireNonNull(listener, "listener");
        this.listener = event -> {
            if (event instanceof ClientEvent.StatusChanged changed) {
                status = changed.status();
            }
            listener.accept(event);
        };
        this.sends = new SendQueue(options, this.listener);
        this.downloads = new Downloads(sends::request, this.listener);
    }

    /** Starts a new session with {@code request}, ending any current one (without {@code bye}). */
    public synchronized void connect(ConnectRequest request) {
        stopCurrent();
        lastRequest = Objects.requireNonNull(request, "request");
        sends = new SendQueue(options, listener);
        downloads.stopAll();
        downloads = new Downloads(sends::request, listener);
        run = new SessionRun(request, options, knownRelays, listener, sends, downloads, jitter);
        SendQueue queue = sends;
        Thread.ofVirtual().name("hearth-send").start(queue::run);
        Thread.ofVirtual().name("hearth-receive").start(run);
    }

    /** The user compared and accepted the fingerprint of a {@link ClientEvent.TrustNeeded}. */
    public synchronized void trustAndConnect(RelayAddress address, String fingerprint) {
        knownRelays.pin(address, fingerprint);
        if (lastRequest != null && lastRequest.address().equals(address)) {
            connect(lastRequest);
        }
    }

    public ConnectionStatus status() {
        return status;
    }

    /** The verified fingerprint of the relay, or null (plaintext, or not connected yet). */
    public synchronized String fingerprint() {
        return run == null ? null : run.fingerprint();
    }

    /** Stops without {@code bye}: the relay keeps the session for its grace period. */
    @Override
    public synchronized void close() {
        downloads.stopAll();
        if (run != null) {
            run.stop();
            run = null;
        }
    }

    private void stopCurrent() {
        if (run != null) {
            run.supersede();
            run = null;
        }
    }

    // ---- RelayLink

    @Override
    public String say(String room, String text, String reply) {
        String id = ids.next();
        queue().submit(id, new Say(room, text, reply, id));
        return id;
    }

    @Override
    public String dm(String to, String text, String reply) {
        String id = ids.next();
        queue().submit(id, new Dm(null, to, text, null, null, reply, null, id));
        return id;
    }

    @Override
    public void react(String mid, String emoji, boolean on) {
        queue().request(new React(mid, emoji, on, null));
    }

    @Override
    public void edit(String mid, String text) {
        queue().request(new Edit(mid, text, null));
    }

    @Override
    public void delete(String mid) {
        queue().request(new Delete(mid, null));
    }

    @Override
    public void join(String room) {
        queue().request(new Join(room, null));
    }

    @Override
    public void leave(String room) {
        queue().request(new Leave(room, null));
    }

    @Override
    public void who(String room) {
        queue().request(new Who(room, null, null));
    }

    @Override
    public void checkOnline() {
        queue().request(new Who(null, null, ONLINE_CHECK_ID));
    }

    @Override
    public void mute(String room, boolean on) {
        queue().request(new Mute(room, on, null));
    }

    @Override
    public void ignore(String nick, boolean on) {
        queue().request(new Ignore(nick, on, null));
    }

    @Override
    public void rename(String nick) {
        queue().request(new Nick(nick, null, null));
    }

    @Override
    public void typing(String room, String to, boolean on) {
        queue().request(new Typing(room, to, null, on, TYPING_ID));
    }

    /** Sends {@code bye}; the send thread closes the connection after writing it. */
    @Override
    public synchronized void leaveRelay() {
        if (run != null) {
            SessionRun ending = run;
            run = null;
            ending.leaving();
            sends.bye();
            // The relay closes the connection once it has read bye; should it not (or should we be
            // offline), stop anyway after a moment.
            Thread.ofVirtual().name("hearth-bye").start(() -> {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                ending.stop();
            });
        }
    }

    @Override
    public String sendFile(String room, String to, OutgoingFile file, String caption, String reply) {
        String id = ids.next();
        FileOffer offer = new FileOffer(room, to, file.name(), file.mime(), file.size(), file.sha256(), file.thumb(),
                caption, reply, id);
        queue().offerFile(id, offer, file);
        return id;
    }

    @Override
    public void cancelUpload(String id) {
        queue().uploadEnded(id);
    }

    @Override
    public void fetchFile(String blob, long size, String sha256, Path target) {
        fetches().start(blob, size, sha256, target);
    }

    @Override
    public void cancelFetch(String blob) {
        fetches().cancel(blob);
    }

    private synchronized SendQueue queue() {
        return sends;
    }

    private synchronized Downloads fetches() {
        return downloads;
    }
}
