package dev.hearth.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetched files kept with the history: a real SQLite file and real files in a temporary
 * directory, the history thread's work run inline, and two or three starts one after the other.
 */
class KeptFilesTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final ConversationRef LOBBY = ConversationRef.room("home.example:7777", "alice", "lobby");
    private static final ConversationRef BOB = ConversationRef.direct("home.example:7777", "alice", "bob");

    @TempDir
    Path dir;
    private Path history;
    private final MutableClock clock = new MutableClock(T0);
    private final List<SQLException> problems = new ArrayList<>();
    private HistoryThread thread;
    private KeptFiles files;

    @BeforeEach
    void open() {
        history = dir.resolve("data").resolve(HistoryFile.NAME);
        start(KeptFiles.DEFAULT_CAP);
    }

    @AfterEach
    void close() {
        if (thread != null) {
            thread.close();
        }
        assertEquals(List.of(), problems);
    }

    /** Hearth starts (again): the history file opened, its files checked. */
    private void start(long cap) {
        if (thread != null) {
            thread.close();
        }
        HistoryFile.Opened opened = HistoryFile.open(history, T0);
        assertNotNull(opened.store(), opened.problem());
        thread = HistoryThread.on(opened.store(), Runnable::run, problems::add);
        files = KeptFiles.open(thread, opened.store(), cap, clock, () -> new ThisRun(dir.resolve("run")));
    }

    /** A message in {@code where} carrying {@code bytes}, as the relay delivered it. */
    private String carried(ConversationRef where, String mid, byte[] bytes) {
        String sha = sha256(bytes);
        StoredFile file = new StoredFile("b-" + mid, mid + ".bin", "application/octet-stream", bytes.length, sha, null);
        thread.write(s -> s.record(where, StoredMessage.sent(mid, null, clock.instant(), "bob", "", false, null).withFile(file)));
        return sha;
    }

    /** The file is fetched as MessageFiles fetches it: into its place, then said to have arrived. */
    private void fetch(String sha, byte[] bytes) throws Exception {
        Files.write(files.placeFor(sha), bytes);
        files.arrived(sha);
    }

    private Set<String> inFolder() throws Exception {
        try (var all = Files.list(HistoryFile.filesFolder(history))) {
            return new TreeSet<>(all.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFetchedFileIsKeptByItsHashForItsOwnerAloneAndIsStillThereAfterARestart() throws Exception {
        byte[] photo = bytes(1000, 1);
        String sha = carried(LOBBY, "m1", photo);
        assertEquals(Optional.empty(), files.kept(sha), "not fetched yet");
        Path place = files.placeFor(sha.toUpperCase());
        assertEquals(HistoryFile.filesFolder(history).resolve(sha), place, "named by its hash, beside the history file");
        fetch(sha.toUpperCase(), photo);
        assertEquals(Optional.of(place), files.kept(sha));

        start(KeptFiles.DEFAULT_CAP);
        assertEquals(Optional.of(place), files.kept(sha), "yesterday's photo, after the relay forgot it");
        assertEquals(Set.of(sha), inFolder());
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(place)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(place.getParent())));
    }

    @Test
    void pastTheCapTheLeastRecentlyUsedFilesGoFirst() throws Exception {
        start(250);
        byte[] a = bytes(100, 1);
        byte[] b = bytes(100, 2);
        byte[] c = bytes(100, 3);
        String shaA = carried(LOBBY, "a", a);
        String shaB = carried(LOBBY, "b", b);
        String shaC = carried(BOB, "c", c);
        fetch(shaA, a);
        clock.advance(Duration.ofMinutes(5));
        fetch(shaB, b);
        clock.advance(Duration.ofMinutes(5));
        assertTrue(files.kept(shaA).isPresent(), "A looked at again: now used more recently than B");
        clock.advance(Duration.ofMinutes(5));
        fetch(shaC, c);

        assertEquals(Optional.empty(), files.kept(shaB), "B, used longest ago, made room for C");
        assertTrue(files.kept(shaA).isPresent());
        assertTrue(files.kept(shaC).isPresent());
        assertEquals(new TreeSet<>(Set.of(shaA, shaC)), inFolder());

        clock.advance(Duration.ofMinutes(5));
        files.cap(150);
        assertEquals(Optional.empty(), files.kept(shaA), "a smaller cap gives up files at once");
        assertEquals(Set.of(shaC), inFolder());

        byte[] big = bytes(400, 4);
        String shaBig = carried(LOBBY, "big", big);
        fetch(shaBig, big);
        assertTrue(files.kept(shaBig).isPresent(), "the file just fetched stays, even alone over the cap");
        assertEquals(Set.of(shaBig), inFolder());

        start(150);
        assertEquals(Set.of(), inFolder(), "at the next start the cap holds for it too");
    }

    @Test
    void forgettingAConversationDeletesItsFilesButNotOneAnotherConversationStillCarries() throws Exception {
        byte[] onlyInLobby = bytes(300, 1);
        byte[] shared = bytes(300, 2);
        String lobbys = carried(LOBBY, "m1", onlyInLobby);
        String both = carried(LOBBY, "m2", shared);
        assertEquals(both, carried(BOB, "d1", shared), "the same photo sent to bob too");
        fetch(lobbys, onlyInLobby);
        fetch(both, shared);

        thread.write(s -> s.forget(LOBBY));
        assertEquals(Optional.empty(), files.kept(lobbys));
        assertTrue(files.kept(both).isPresent(), "bob's conversation still shows it");
        assertEquals(Set.of(both), inFolder());

        thread.write(s -> s.forgetRelay("home.example:7777"));
        assertEquals(Optional.empty(), files.kept(both));
        assertEquals(Set.of(), inFolder());
    }

    @Test
    void aDeletedMessageTakesItsFileWithItUnlessAnotherStillCarriesIt() throws Exception {
        byte[] photo = bytes(300, 1);
        String sha = carried(LOBBY, "m1", photo);
        carried(LOBBY, "m2", photo);
        fetch(sha, photo);
        thread.write(s -> s.delete(LOBBY, "m1"));
        assertTrue(files.kept(sha).isPresent(), "m2 still carries it");
        thread.write(s -> s.delete(LOBBY, "m2"));
        assertEquals(Optional.empty(), files.kept(sha));
        assertEquals(Set.of(), inFolder());
    }

    @Test
    void aFileCutShortOrMissingIsNotKeptAndIsFetchedAgain() throws Exception {
        byte[] photo = bytes(1000, 1);
        byte[] other = bytes(1000, 2);
        String sha = carried(LOBBY, "m1", photo);
        String otherSha = carried(LOBBY, "m2", other);
        fetch(sha, photo);
        fetch(otherSha, other);

        Path place = files.placeFor(sha);
        Files.write(place, new byte[500]); // cut short on disk
        assertEquals(Optional.empty(), files.kept(sha), "not reported as kept");
        assertFalse(Files.exists(place), "the damaged copy is gone");
        fetch(sha, photo);
        assertEquals(Optional.of(place), files.kept(sha), "fetched again, kept again");

        Files.delete(files.placeFor(otherSha));
        assertEquals(Optional.empty(), files.kept(otherSha));

        // While Hearth was closed: the file cut short, a fetch cut off by a crash left behind.
        thread.close();
        Files.write(place, new byte[10]);
        Path part = Files.write(place.resolveSibling(otherSha + ".part"), new byte[10]);
        Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path fetching = Files.write(place.resolveSibling(sha + ".part"), new byte[10]); // a fetch of the run starting now
        start(KeptFiles.DEFAULT_CAP);
        assertEquals(Optional.empty(), files.kept(sha));
        assertEquals(Set.of(fetching.getFileName().toString()), inFolder(), "the damaged file and the stray part removed");
        assertEquals(List.of(), thread.askNow(s -> new ArrayList<>(s.files().sizes().keySet())), "nothing counted against the cap");
    }

    @Test
    void aFileNoMessageCarriesIsNotKeptPastTheNextStart() throws Exception {
        byte[] photo = bytes(100, 1);
        String sha = sha256(photo);
        fetch(sha, photo); // its conversation forgotten while it was on its way
        start(KeptFiles.DEFAULT_CAP);
        assertEquals(Optional.empty(), files.kept(sha));
        assertEquals(Set.of(), inFolder());
    }

    @Test
    void stoppingHistoryDeletesEveryKeptFileAndLaterFilesGoToAFolderOfThisRun() throws Exception {
        thread.close();
        thread = null;
        HistoryKeeper keeper = new HistoryKeeper(history, true, KeptFiles.DEFAULT_CAP, clock, problems::add);
        HistoryThread kept = keeper.current();
        FileKeeping keeping = keeper.fileKeeping();
        assertTrue(keeping instanceof KeptFiles);
        byte[] photo = bytes(100, 1);
        String sha = sha256(photo);
        kept.write(s -> s.record(LOBBY, StoredMessage.sent("m1", 1L, T0, "bob", "", false, null)
                .withFile(new StoredFile("b1", "p.png", "image/png", photo.length, sha, null))));
        Files.write(keeping.placeFor(sha), photo);
        keeping.arrived(sha);
        kept.askNow(s -> null); // the arrival is in
        assertTrue(keeping.kept(sha).isPresent());

        keeper.eraseAndStop();
        assertFalse(Files.exists(HistoryFile.filesFolder(history)), "every kept file and their folder deleted");
        assertFalse(Files.exists(history));
        assertEquals(Optional.empty(), keeping.kept(sha), "the session's keeping follows: nothing is kept");
        Path elsewhere = keeping.placeFor(sha);
        assertNotEquals(HistoryFile.filesFolder(history), elsewhere.getParent(), "fetched from now on into a folder of this run");
        assertTrue(Files.isDirectory(elsewhere.getParent()));
        assertTrue(keeper.fileKeeping() != keeping && !(keeper.fileKeeping() instanceof KeptFiles));
        keeper.close();
        assertFalse(Files.exists(elsewhere.getParent()), "the folder of this run goes when the app ends");
    }

    // ---- helpers

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Where files go once history is off, as the run folder would take them. */
    private record ThisRun(Path folder) implements FileKeeping {
        @Override
        public Optional<Path> kept(String sha256) {
            return Optional.empty();
        }

        @Override
        public Path placeFor(String sha256) {
            return folder.resolve(sha256);
        }

        @Override
        public void arrived(String sha256) {}
    }
}
