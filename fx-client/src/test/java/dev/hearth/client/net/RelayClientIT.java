package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayClientIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ClientOptions FAST = ClientOptions.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));

    @TempDir
    Path config;

    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closeLater.reversed()) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T later(T closeable) {
        closeLater.add(closeable);
        return closeable;
    }

    private RelayClient client(EventLog log, Path configDir) {
        return later(new RelayClient(FAST, new KnownRelaysFile(configDir), log));
    }

    @Test
    void logsInOverTlsWithTheInvitesPinAndRemembersThePin() {
        TestRelay relay = later(TestRelay.tls(b -> b));
        EventLog log = new EventLog();
        RelayClient client = client(log, config);

        client.connect(new ConnectRequest(relay.address(), relay.fingerprint(), "alice", null));

        ClientEvent.LoggedIn in = log.await(ClientEvent.LoggedIn.class, WAIT);
        assertEquals("alice", in.welcome().nick());
        assertEquals(relay.fingerprint(), in.fingerprint());
        assertEquals(relay.fingerprint(), new KnownRelaysFile(config).pinFor(relay.address()).orElseThrow());
        log.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.CONNECTED, WAIT);
    }

    @Test
    void refusesAChangedKeyAndSendsNothingNotEvenTheNick() {
        TestRelay relay = later(TestRelay.tls(b -> b));
        String oldKey = "sha256:" + "A".repeat(43);
        new KnownRelaysFile(config).pin(relay.address(), oldKey);
        EventLog log = new EventLog();

        client(log, config).connect(new ConnectRequest(relay.address(), relay.fingerprint(), "alice", "secret"));

        ClientEvent.PinMismatch mismatch = log.await(ClientEvent.PinMismatch.class, WAIT);
        assertEquals(oldKey, mismatch.expected());
        assertEquals(relay.fingerprint(), mismatch.presented());
        log.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.OFFLINE, WAIT);
        // Had hello gone out, "alice" would be taken now.
        EventLog other = new EventLog();
        client(other, newDir("other")).connect(new ConnectRequest(relay.address(), relay.fingerprint(), "alice", null));
        other.await(ClientEvent.LoggedIn.class, WAIT);
        assertTrue(log.events().stream().noneMatch(e -> e instanceof ClientEvent.LoggedIn));
    }

    @Test
    void aManualConnectionAsksToTrustTheKeyThenConnectsAndPinsIt() {
        TestRelay relay = later(TestRelay.tls(b -> b));
        EventLog log = new EventLog();
        RelayClient client = client(log, config);

        client.connect(new ConnectRequest(relay.address(), null, "alice", null));
        ClientEvent.TrustNeeded question = log.await(ClientEvent.TrustNeeded.class, WAIT);
        assertEquals(relay.fingerprint(), question.fingerprint());
        assertTrue(log.events().stream().noneMatch(e -> e instanceof ClientEvent.LoggedIn));

        client.trustAndConnect(question.address(), question.fingerprint());
        log.await(ClientEvent.LoggedIn.class, WAIT);
        assertEquals(relay.fingerprint(), new KnownRelaysFile(config).pinFor(relay.address()).orElseThrow());
    }

    @Test
    void aTakenNickAndAWrongPasswordAreRefusalsForTheUser() {
        TestRelay relay = later(TestRelay.plaintext(b -> b.password("door")));
        EventLog first = new EventLog();
        client(first, config).connect(new ConnectRequest(relay.address(), null, "alice", "door"));
        first.await(ClientEvent.LoggedIn.class, WAIT);

        EventLog taken = new EventLog();
        client(taken, newDir("b")).connect(new ConnectRequest(relay.address(), null, "ALICE", "door"));
        assertEquals("nick-taken", taken.await(ClientEvent.LoginRefused.class, WAIT).error().code());

        EventLog wrong = new EventLog();
        client(wrong, newDir("c")).connect(new ConnectRequest(relay.address(), null, "bob", "window"));
        assertEquals("auth-failed", wrong.await(ClientEvent.LoginRefused.class, WAIT).error().code());
        wrong.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.OFFLINE, WAIT);
    }

    @Test
    void connectionCutWhileBothSideSendLosesAndDuplicatesNothing() throws Exception {
        TestRelay relay = later(TestRelay.plaintext(b -> b.ratePerSecond(1000).burst(1000)));
        CuttableProxy proxy = later(new CuttableProxy(relay.port()));
        RelayAddress viaProxy = new RelayAddress("127.0.0.1", proxy.port(), false);
        EventLog aliceLog = new EventLog();
        EventLog bobLog = new EventLog();
        RelayClient alice = client(aliceLog, config);
        RelayClient bob = client(bobLog, newDir("bob"));
        alice.connect(new ConnectRequest(viaProxy, null, "alice", null));
        bob.connect(new ConnectRequest(viaProxy, null, "bob", null));
        alice.join("lobby");
        bob.join("lobby");
        awaitMembers(aliceLog, 2);

        int each = 300;
        for (int i = 0; i < each; i++) {
            alice.say("lobby", "a" + i);
            bob.say("lobby", "b" + i);
            if (i == 100 || i == 200) {
                proxy.cutAll();
            }
        }

        for (EventLog log : List.of(aliceLog, bobLog)) {
            log.awaitTrue(l -> l.received(Message.class).size() >= 2 * each, WAIT.multipliedBy(2), "all messages");
            List<Message> got = log.received(Message.class);
            assertEquals(2 * each, got.size(), "exactly once");
            for (int i = 1; i < got.size(); i++) {
                assertEquals(got.get(i - 1).seq() + 1, got.get(i).seq(), "seq order without gaps");
            }
            assertInSenderOrder(got, "alice", "a", each);
            assertInSenderOrder(got, "bob", "b", each);
        }
        assertTrue(aliceLog.events().stream().anyMatch(e -> e instanceof ClientEvent.LoggedIn in && in.resumed()),
                "the session was resumed after the cut");
    }

    @Test
    void whenResumptionFailsAFreshSessionRejoinsAndResendsEachMessageOnce() throws Exception {
        TestRelay relay = later(TestRelay.plaintext(b -> b.grace(Duration.ofMillis(300)).ratePerSecond(1000).burst(1000)));
        CuttableProxy proxy = later(new CuttableProxy(relay.port()));
        RelayAddress viaProxy = new RelayAddress("127.0.0.1", proxy.port(), false);
        EventLog aliceLog = new EventLog();
        RelayClient alice = client(aliceLog, config);
        alice.connect(new ConnectRequest(viaProxy, null, "alice", null));
        alice.join("lobby");
        aliceLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof dev.hearth.protocol.Joined, WAIT);
        EventLog watcherLog = new EventLog();
        RelayClient watcher = client(watcherLog, newDir("w"));
        watcher.connect(new ConnectRequest(relay.address(), null, "watcher", null));
        watcher.join("lobby");
        awaitMembers(watcherLog, 2);

        proxy.refuse(true);
        proxy.cutAll();
        for (int i = 0; i < 20; i++) {
            alice.say("lobby", "while away " + i);
        }
        // Past the grace period the relay ends alice's session; her next hello cannot resume.
        watcherLog.await(ClientEvent.Received.class,
                r -> r.envelope() instanceof dev.hearth.protocol.Presence p && "leave".equals(p.event()), WAIT);
        proxy.refuse(false);

        aliceLog.await(ClientEvent.LoggedIn.class, in -> !in.resumed() && aliceLog.events().indexOf(in) > 0, WAIT);
        watcherLog.awaitTrue(l -> l.received(Message.class).size() >= 20, WAIT, "resent messages");
        List<String> texts = watcherLog.received(Message.class).stream().map(Message::text).toList();
        assertEquals(20, texts.size());
        for (int i = 0; i < 20; i++) {
            assertEquals("while away " + i, texts.get(i));
        }
        aliceLog.awaitTrue(l -> l.received(Message.class).size() >= 20, WAIT, "echoes back in the re-joined room");
    }

    @Test
    void aPastedBurstIsPacedAndEveryLineArrivesWithoutAFailure() {
        TestRelay relay = later(TestRelay.plaintext(b -> b.ratePerSecond(400).burst(40)));
        EventLog log = new EventLog();
        RelayClient client = client(log, config);
        client.connect(new ConnectRequest(relay.address(), null, "alice", null));
        client.join("lobby");
        int burst = 1_000;
        for (int i = 0; i < burst; i++) {
            client.say("lobby", "line " + i);
        }

        log.awaitTrue(l -> l.received(Message.class).size() >= burst || !l.received(ErrorReply.class).isEmpty(), Duration.ofSeconds(30), "every echo");
        assertTrue(log.received(ErrorReply.class).isEmpty(), () -> "errors: " + log.received(ErrorReply.class));
        assertEquals(burst, log.received(Message.class).size());
        assertTrue(log.received(ErrorReply.class).isEmpty(), () -> "errors: " + log.received(ErrorReply.class));
    }

    @Test
    void leavingTheRelaySaysByeSoOthersSeeTheLeaveAtOnce() {
        TestRelay relay = later(TestRelay.plaintext(b -> b.grace(Duration.ofMinutes(5))));
        EventLog aliceLog = new EventLog();
        EventLog bobLog = new EventLog();
        RelayClient alice = client(aliceLog, config);
        RelayClient bob = client(bobLog, newDir("bob"));
        alice.connect(new ConnectRequest(relay.address(), null, "alice", null));
        bob.connect(new ConnectRequest(relay.address(), null, "bob", null));
        alice.join("lobby");
        bob.join("lobby");
        awaitMembers(bobLog, 2);

        alice.leaveRelay();

        bobLog.await(ClientEvent.Received.class,
                r -> r.envelope() instanceof dev.hearth.protocol.Presence p && "leave".equals(p.event()), WAIT);
        aliceLog.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.OFFLINE, WAIT);
        assertFalse(aliceLog.events().stream().filter(e -> e instanceof ClientEvent.LoggedIn).count() > 1, "no reconnect after bye");
    }

    private static void awaitMembers(EventLog log, int count) {
        log.awaitTrue(l -> l.received(dev.hearth.protocol.Joined.class).stream().anyMatch(j -> j.members().size() >= count)
                || l.received(dev.hearth.protocol.Presence.class).stream().anyMatch(p -> "join".equals(p.event())),
                WAIT, count + " members");
    }

    private static void assertInSenderOrder(List<Message> got, String from, String prefix, int count) {
        List<String> texts = got.stream().filter(m -> from.equals(m.from())).map(Message::text).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(prefix + i);
        }
        assertEquals(expected, texts, from + "'s messages, once each, in the order sent");
    }

    private Path newDir(String name) {
        return config.resolve(name);
    }


    @Test
    void closingDuringALongBackoffEndsAtOnceRatherThanSleepingItOut() throws Exception {
        int nobody;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        EventLog waiting = new EventLog();
        // Jitter that always draws the longest pause: the first retry waits the whole minute.
        java.util.random.RandomGenerator longest = new java.util.random.RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
        RelayClient patient = new RelayClient(ClientOptions.defaults().withBackoff(Duration.ofSeconds(60), Duration.ofSeconds(60)),
                new KnownRelaysFile(config.resolve("patient")), waiting, longest);
        patient.connect(new ConnectRequest(new RelayAddress("127.0.0.1", nobody, false), null, "alice", null));
        waiting.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.RECONNECTING
                && s.retryIn().compareTo(Duration.ofSeconds(59)) > 0, WAIT);

        patient.close();
        waiting.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.OFFLINE, Duration.ofSeconds(5));
    }
}
