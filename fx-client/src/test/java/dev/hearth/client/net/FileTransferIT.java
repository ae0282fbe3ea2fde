package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files through the client's own connection code and a real relay (protocol 1.1): an upload with
 * its progress, delivered to the other member, fetched window by window into a file with its
 * progress and checked; an upload cut off in the middle that still arrives exactly once; and a
 * refusal reported as the upload's failure.
 */
class FileTransferIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ClientOptions FAST = ClientOptions.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));

    @TempDir
    Path temp;

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

    @Test
    void aTwentyMegabyteFileGoesUpAndComesDownWithProgressOnBothSides() throws Exception {
        TestRelay relay = later(TestRelay.plaintext(b -> b));
        byte[] content = randomBytes(20_000_000, 1);
        EventLog aliceLog = new EventLog();
        EventLog bobLog = new EventLog();
        RelayClient alice = client(aliceLog, "alice");
        RelayClient bob = client(bobLog, "bob");
        alice.connect(new ConnectRequest(relay.address(), null, "alice", null));
        bob.connect(new ConnectRequest(relay.address(), null, "bob", null));
        alice.join("lobby");
        bob.join("lobby");
        awaitMembers(aliceLog, 2);

        String id = alice.sendFile("lobby", null, OutgoingFile.ofBytes("big.bin", "application/octet-stream", content,
                sha256(content), null), "a big one", null);
        Message delivered = awaitFileMessage(bobLog, "big.bin");
        assertEquals("a big one", delivered.text());
        assertEquals(id, delivered.id());
        awaitFileMessage(aliceLog, "big.bin");
        assertProgress(aliceLog.events().stream().filter(e -> e instanceof ClientEvent.UploadProgress p && p.id().equals(id))
                .map(e -> ((ClientEvent.UploadProgress) e).sentBytes()).toList(), content.length);

        Path target = temp.resolve("fetched.bin");
        bob.fetchFile(delivered.file().blob(), delivered.file().size(), delivered.file().sha256(), target);
        ClientEvent.FetchDone done = bobLog.await(ClientEvent.FetchDone.class, WAIT);
        assertEquals(target, done.path());
        assertArrayEquals(content, Files.readAllBytes(target));
        assertFalse(Files.exists(temp.resolve("fetched.bin.part")), "the partial file was moved into place");
        assertProgress(bobLog.events().stream().filter(e -> e instanceof ClientEvent.FetchProgress)
                .map(e -> ((ClientEvent.FetchProgress) e).receivedBytes()).toList(), content.length);
    }

    @Test
    void anUploadCutOffInTheMiddleIsDeliveredExactlyOnce() throws Exception {
        TestRelay relay = later(TestRelay.plaintext(b -> b));
        CuttableProxy proxy = later(new CuttableProxy(relay.port()));
        RelayAddress viaProxy = new RelayAddress("127.0.0.1", proxy.port(), false);
        byte[] content = randomBytes(8_000_000, 2);
        EventLog aliceLog = new EventLog();
        EventLog bobLog = new EventLog();
        RelayClient alice = client(aliceLog, "alice");
        RelayClient bob = client(bobLog, "bob");
        alice.connect(new ConnectRequest(viaProxy, null, "alice", null));
        bob.connect(new ConnectRequest(relay.address(), null, "bob", null));
        alice.join("lobby");
        bob.join("lobby");
        awaitMembers(bobLog, 2);

        String id = alice.sendFile("lobby", null, OutgoingFile.ofBytes("cut.bin", "application/octet-stream", content,
                sha256(content), null), null, null);
        aliceLog.await(ClientEvent.UploadProgress.class, p -> p.sentBytes() >= content.length / 3, WAIT);
        proxy.cutAll();

        Message delivered = awaitFileMessage(bobLog, "cut.bin");
        assertEquals(id, delivered.id());
        assertTrue(aliceLog.events().stream().anyMatch(e -> e instanceof ClientEvent.LoggedIn in && in.resumed()),
                "the cut was resumed");
        Path target = temp.resolve("cut.bin");
        bob.fetchFile(delivered.file().blob(), delivered.file().size(), delivered.file().sha256(), target);
        bobLog.await(ClientEvent.FetchDone.class, WAIT);
        assertArrayEquals(content, Files.readAllBytes(target));
        // Time for a second delivery to show, were there one: a message said after it comes first.
        alice.say("lobby", "after the file");
        bobLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Message m && "after the file".equals(m.text()),
                WAIT);
        assertEquals(1, bobLog.received(Message.class).stream().filter(m -> m.file() != null).count(), "exactly once");
        assertEquals(1, aliceLog.received(Message.class).stream().filter(m -> m.file() != null).count());
    }

    @Test
    void aFileTheRelayRefusesIsTheUploadsFailure() throws Exception {
        TestRelay relay = later(TestRelay.plaintext(b -> b.maxFile(1000).fileMemory(1000)));
        byte[] content = randomBytes(1001, 3);
        EventLog log = new EventLog();
        RelayClient alice = client(log, "alice");
        alice.connect(new ConnectRequest(relay.address(), null, "alice", null));
        alice.join("lobby");
        awaitMembers(log, 1);
        String id = alice.sendFile("lobby", null, OutgoingFile.ofBytes("x.bin", "application/octet-stream", content,
                sha256(content), null), null, null);
        ClientEvent.UploadFailed failed = log.await(ClientEvent.UploadFailed.class, WAIT);
        assertEquals(id, failed.id());
        assertEquals("file-too-large", failed.code());

        alice.fetchFile("b999", 10, "0".repeat(64), temp.resolve("none.bin"));
        ClientEvent.FetchFailed missing = log.await(ClientEvent.FetchFailed.class, WAIT);
        assertEquals("b999", missing.blob());
        assertEquals("no-such-file", missing.code());
    }

    private RelayClient client(EventLog log, String name) throws Exception {
        return later(new RelayClient(FAST, new KnownRelaysFile(Files.createDirectories(temp.resolve("config-" + name))), log));
    }

    private static void awaitMembers(EventLog log, int count) {
        log.await(ClientEvent.Received.class, r -> r.envelope() instanceof dev.hearth.protocol.Joined j
                && j.members().size() >= count || r.envelope() instanceof dev.hearth.protocol.Presence, WAIT);
    }

    private static Message awaitFileMessage(EventLog log, String name) {
        return (Message) log.await(ClientEvent.Received.class,
                r -> r.envelope() instanceof Message m && m.file() != null && name.equals(m.file().name()), WAIT).envelope();
    }

    /** Rising, ending at {@code size}. */
    private static void assertProgress(List<Long> progress, long size) {
        assertFalse(progress.isEmpty(), "progress was reported");
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress rises: " + progress.subList(i - 1, i + 1));
        }
        assertEquals(size, progress.getLast());
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
