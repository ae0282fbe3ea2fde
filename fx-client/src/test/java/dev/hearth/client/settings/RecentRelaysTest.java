package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentRelaysTest {

    private static final String FP = "sha256:" + "A".repeat(43);

    @TempDir Path temp;

    @Test
    void remembersRelaysMostRecentFirstAndSurvivesARestart() throws IOException {
        RecentRelays relays = new RecentRelays(temp.resolve("hearth"));
        relays.remember(new RecentRelay("one.example", 7777, true, "alice", FP, null));
        relays.remember(new RecentRelay("192.168.1.2", 7000, false, "小明", null, "secret"));
        List<RecentRelay> loaded = new RecentRelays(temp.resolve("hearth")).load();
        assertEquals(List.of(new RecentRelay("192.168.1.2", 7000, false, "小明", null, "secret"),
                new RecentRelay("one.example", 7777, true, "alice", FP, null)), loaded);
    }

    @Test
    void keepsOneEntryPerAddressAndAtMostEight() throws IOException {
        RecentRelays relays = new RecentRelays(temp);
        for (int i = 1; i <= 10; i++) {
            relays.remember(new RecentRelay("h" + i + ".example", 7777, true, "n", FP, null));
        }
        relays.remember(new RecentRelay("H5.example", 7777, true, "again", FP, null));
        List<RecentRelay> loaded = relays.load();
        assertEquals(RecentRelays.MAX, loaded.size());
        assertEquals("again", loaded.getFirst().nick());
        assertEquals(1, loaded.stream().filter(r -> r.key().equals("h5.example:7777")).count());
    }

    @Test
    void passwordIsNotWrittenWhenNotRemembered() throws IOException {
        RecentRelays relays = new RecentRelays(temp);
        relays.remember(new RecentRelay("one.example", 7777, true, "alice", FP, null));
        String json = Files.readString(relays.file());
        assertTrue(json.contains("one.example"));
        assertFalse(json.contains("password"), json);
        assertNull(relays.load().getFirst().password());
    }

    @Test
    void fileAndDirectoryAreOwnerOnly() throws IOException {
        Path dir = temp.resolve("cfg");
        RecentRelays relays = new RecentRelays(dir);
        relays.remember(new RecentRelay("one.example", 7777, true, "alice", FP, "pw"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(relays.file())));
        }
    }

    @Test
    void writeLeavesNoTemporaryFilesAndReplacesWholeFile() throws IOException {
        RecentRelays relays = new RecentRelays(temp);
        relays.remember(new RecentRelay("one.example", 7777, true, "alice", FP, null));
        relays.remember(new RecentRelay("two.example", 7777, true, "bob", FP, null));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(RecentRelays.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aDamagedFileIsSetAsideNotOverwrittenAndANewListStarts() throws IOException {
        RecentRelays relays = new RecentRelays(temp);
        Files.writeString(relays.file(), "{ not json");
        assertTrue(relays.load().isEmpty());
        relays.remember(new RecentRelay("one.example", 7777, true, "alice", FP, null));
        assertEquals(1, relays.load().size());
        try (var files = Files.list(temp)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith(RecentRelays.FILE_NAME + ".damaged-"))
                    .toList();
            assertEquals(1, aside.size(), "kept next to where it was");
            assertEquals("{ not json", Files.readString(aside.getFirst()));
        }
    }

    @Test
    void theRoomsRoundTripAndAFileFromBeforeThemLoadsWithNone() throws IOException {
        RecentRelays store = new RecentRelays(temp);
        store.remember(new RecentRelay("relay.example.org", 7777, true, "alice", null, null, List.of("kitchen", "lobby")));
        assertEquals(List.of("kitchen", "lobby"), new RecentRelays(temp).load().getFirst().rooms());

        Files.writeString(store.file(), "{\"relays\":[{\"host\":\"old.example.org\",\"port\":7777,\"tls\":true,"
                + "\"nick\":\"bob\"}]}");
        assertEquals(List.of(), store.load().getFirst().rooms());
    }

    @Test
    void toStringHidesThePassword() {
        assertFalse(new RecentRelay("h", 1, true, "n", null, "hunter2").toString().contains("hunter2"));
    }

    @Test
    void withACredentialStoreOnlyTheChangedRelaysPasswordIsWrittenThere() throws IOException {
        CountingStore store = new CountingStore();
        RecentRelays relays = new RecentRelays(temp, store);
        relays.remember(new RecentRelay("one.example", 7777, true, "alice", FP, "first"));
        relays.remember(new RecentRelay("two.example", 7777, true, "alice", FP, "second"));
        relays.remember(new RecentRelay("three.example", 7777, true, "alice", FP, null));
        assertEquals(List.of("save one.example:7777", "save two.example:7777", "forget three.example:7777"), store.calls,
                "earlier relays' passwords are not read back and written again on every connect");
        assertEquals(List.of("three.example:7777", "two.example:7777", "one.example:7777"),
                relays.load().stream().map(RecentRelay::key).toList());
        assertEquals("second", relays.load().get(1).password(), "loaded from the store");
        assertFalse(Files.readString(relays.file()).contains("password"));
    }

    /** Stands in for the OS credential store, which {@code KeyringPasswordsIT} drives for real. */
    private static final class CountingStore implements SavedPasswords {
        final java.util.Map<String, String> kept = new java.util.HashMap<>();
        final List<String> calls = new java.util.ArrayList<>();

        @Override
        public Place place() {
            return Place.SECRET_SERVICE;
        }

        @Override
        public java.util.Optional<String> find(String relayKey) {
            return java.util.Optional.ofNullable(kept.get(relayKey));
        }

        @Override
        public void save(String relayKey, String password) {
            calls.add("save " + relayKey);
            kept.put(relayKey, password);
        }

        @Override
        public void forget(String relayKey) {
            calls.add("forget " + relayKey);
            kept.remove(relayKey);
        }
    }
}
