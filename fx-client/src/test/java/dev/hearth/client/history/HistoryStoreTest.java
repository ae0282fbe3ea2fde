package dev.hearth.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history store on a real SQLite file in a temporary directory. */
class HistoryStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final ConversationRef LOBBY = ConversationRef.room("home.example:7777", "alice", "lobby");
    private static final ConversationRef BOB = ConversationRef.direct("home.example:7777", "alice", "bob");

    @TempDir
    Path dir;
    private Path file;
    private HistoryStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("data").resolve(HistoryFile.NAME);
        store = opened();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private HistoryStore opened() {
        HistoryFile.Opened opened = HistoryFile.open(file, T0);
        assertNotNull(opened.store(), () -> "opened: " + opened.problem());
        return opened.store();
    }

    private static StoredMessage msg(String mid, long seq, int second, String from, String text) {
        return StoredMessage.sent(mid, seq, T0.plusSeconds(second), from, text, "alice".equals(from), null);
    }

    private List<String> texts(Page page) {
        return page.lines().stream().map(l -> l.message().deleted() ? "<deleted>" : l.message().text()).toList();
    }

    @Test
    void messagesOutliveTheProgramInTheirOrder() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "bob", "hello"));
        store.record(LOBBY, msg("m2", 2, 2, "alice", "hi bob"));
        store.record(BOB, StoredMessage.sent("d1", null, T0.plusSeconds(3), "bob", "psst", false, null));
        store.close();

        store = opened();
        assertEquals(List.of("hello", "hi bob"), texts(store.latest(LOBBY, 50)));
        assertEquals(List.of("psst"), texts(store.latest(BOB, 50)));
        assertTrue(store.latest(LOBBY, 50).lines().get(1).message().own());
    }

    @Test
    void aCopyOfAStoredMessageIsNotStoredTwice() throws Exception {
        assertTrue(store.record(LOBBY, msg("m1", 1, 1, "bob", "hello")));
        assertFalse(store.record(LOBBY, msg("m1", 1, 1, "bob", "hello")), "the backlog after a restart repeats it");
        // From a relay without mids: the room, seq and time say which message it is.
        assertTrue(store.record(LOBBY, msg(null, 7, 7, "bob", "old relay")));
        assertFalse(store.record(LOBBY, msg(null, 7, 7, "bob", "old relay")));
        assertTrue(store.record(LOBBY, msg(null, 7, 99, "bob", "room made anew, numbered from 1 again")));
        assertEquals(3, store.latest(LOBBY, 50).lines().size());
        // The same mid in another conversation is another message.
        assertTrue(store.record(ConversationRef.room("home.example:7777", "alice", "other"), msg("m1", 1, 1, "bob", "x")));
    }

    @Test
    void editsDeletionsAndReactionsChangeTheStoredCopy() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "alice", "helo"));
        store.record(LOBBY, msg("m2", 2, 2, "alice", "secret"));
        store.edit(LOBBY, "m1", "hello", T0.plusSeconds(10));
        store.edit(LOBBY, "m1", "stale edit arriving late", T0.plusSeconds(5));
        store.react(LOBBY, "m1", "👍", "bob", true);
        store.react(LOBBY, "m1", "🦩", "carol", true);
        store.react(LOBBY, "m1", "👍", "carol", true);
        store.react(LOBBY, "m1", "🦩", "carol", false);
        store.delete(LOBBY, "m2");

        StoredMessage edited = store.byMid(LOBBY, "m1").message();
        assertEquals("hello", edited.text());
        assertEquals(T0.plusSeconds(10), edited.edited());
        assertEquals(Map.of("👍", List.of("bob", "carol")), edited.reactions());
        StoredMessage deleted = store.byMid(LOBBY, "m2").message();
        assertTrue(deleted.deleted());
        assertNull(deleted.text());

        // A replay repeats the messages as first sent: it brings back neither the old text nor the deleted one.
        store.record(LOBBY, msg("m1", 1, 1, "alice", "helo"));
        store.record(LOBBY, msg("m2", 2, 2, "alice", "secret"));
        assertEquals(List.of("hello", "<deleted>"), texts(store.latest(LOBBY, 50)));
        assertEquals(Map.of("👍", List.of("bob", "carol")), store.byMid(LOBBY, "m1").message().reactions());

        // A backlog copy shows the current state: a later edit and the reactions as they are now.
        store.record(LOBBY, new StoredMessage("m1", 1L, T0.plusSeconds(1), "alice", "hello!", true, null,
                T0.plusSeconds(20), false, Map.of("🎉", List.of("dave"))));
        StoredMessage current = store.byMid(LOBBY, "m1").message();
        assertEquals("hello!", current.text());
        assertEquals(Map.of("🎉", List.of("dave")), current.reactions());
    }

    @Test
    void aBatchIsKeptWhollyOrNotAtAll() throws Exception {
        store.together(List.of(s -> s.record(LOBBY, msg("m1", 1, 1, "bob", "one")), s -> s.record(LOBBY, msg("m2", 2, 2, "bob", "two"))));
        assertEquals(List.of("one", "two"), texts(store.latest(LOBBY, 10)));
        org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> store.together(List.of(
                s -> s.record(LOBBY, msg("m3", 3, 3, "bob", "three")),
                s -> s.react(LOBBY, "m1", "👍", "carol", true),
                s -> { throw new java.sql.SQLException("disk full"); })));
        assertEquals(List.of("one", "two"), texts(store.latest(LOBBY, 10)), "nothing of the failed batch");
        assertEquals(Map.of(), store.byMid(LOBBY, "m1").message().reactions());
        store.record(LOBBY, msg("m3", 3, 3, "bob", "three"));
        assertEquals(3, store.latest(LOBBY, 10).lines().size(), "and the store goes on");
    }

    @Test
    void olderHistoryPagesInUntilThereIsNoMore() throws Exception {
        for (int i = 1; i <= 250; i++) {
            store.record(LOBBY, msg("m" + i, i, i, "bob", "line " + i));
        }
        Page newest = store.latest(LOBBY, 100);
        assertEquals("line 151", newest.lines().getFirst().message().text());
        assertEquals("line 250", newest.lines().getLast().message().text());
        assertTrue(newest.olderLeft());
        Page middle = store.before(LOBBY, newest.oldestId(), 100);
        assertEquals("line 51", middle.lines().getFirst().message().text());
        assertEquals("line 150", middle.lines().getLast().message().text());
        Page oldest = store.before(LOBBY, middle.oldestId(), 100);
        assertEquals(50, oldest.lines().size());
        assertFalse(oldest.olderLeft());

        long hit = store.byMid(LOBBY, "m120").id();
        Page around = store.around(LOBBY, hit, 3);
        assertEquals(List.of("line 117", "line 118", "line 119", "line 120", "line 121", "line 122", "line 123"), texts(around));
    }

    @Test
    void searchFindsChineseByAnySubstringAndEnglishByPrefixInAnyCase() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "bob", "今天天气很好"));
        store.record(LOBBY, msg("m2", 2, 2, "carol", "The Weather is lovely today"));
        store.record(LOBBY, msg("m3", 3, 3, "bob", "unrelated"));
        store.record(BOB, StoredMessage.sent("d1", null, T0.plusSeconds(4), "bob", "weather in Paris? 天气", false, null));

        assertEquals(List.of("d1", "m1"), mids(store.search("天气", null, 10)), "two characters: newest first");
        assertEquals(List.of("m1"), mids(store.search("天气很", null, 10)));
        assertEquals(List.of("m1"), mids(store.search("好", null, 10)), "one character");
        assertEquals(List.of("d1", "m2"), mids(store.search("WEA", null, 10)));
        assertEquals(List.of("m2"), mids(store.search("weather LOV", null, 10)), "every term must occur");
        assertEquals(List.of("m2"), mids(store.search("LOVELY th", null, 10)), "short terms with long ones");
        assertEquals(List.of("m1"), mids(store.search("天气", LOBBY, 10)), "only the open conversation");
        assertEquals(List.of(), mids(store.search("   ", null, 10)));
        assertEquals(List.of(), mids(store.search("\"unre", null, 10)), "quotes in a query are text, not syntax");
        assertEquals(List.of("m3"), mids(store.search("unre", null, 10)));
        store.record(ConversationRef.room("other.example:7777", "alice", "lobby"), msg("o1", 1, 9, "eve", "天气 elsewhere"));
        store.record(ConversationRef.room("home.example:7777", "mallory", "lobby"), msg("x1", 1, 9, "eve", "天气 as mallory"));
        assertEquals(List.of("x1", "o1", "d1", "m1"), mids(store.search("天气", null, 10)), "everything kept");
        assertEquals(List.of("d1", "m1"), mids(store.search("天气", "home.example:7777", "Alice", 10)), "one relay, one nick");
        SearchHit hit = store.search("paris", null, 10).getFirst();
        assertEquals(BOB, hit.conversation());
    }

    @Test
    void searchFollowsEditsAndDeletions() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "alice", "meet at the bakery"));
        store.record(LOBBY, msg("m2", 2, 2, "alice", "my pin is 4711"));
        store.edit(LOBBY, "m1", "meet at the station", T0.plusSeconds(5));
        store.delete(LOBBY, "m2");
        assertEquals(List.of(), mids(store.search("bakery", null, 10)));
        assertEquals(List.of("m1"), mids(store.search("station", null, 10)));
        assertEquals(List.of(), mids(store.search("4711", null, 10)));
        assertEquals(List.of(), mids(store.search("pi", null, 10)));
    }

    @Test
    void theSearchIndexHoldsExactlyTheKeptMessagesThroughBatchesChangesAndForgetting() throws Exception {
        store.together(List.of(
                s -> s.record(LOBBY, msg("m1", 1, 1, "bob", "first of the batch")),
                s -> s.edit(LOBBY, "m1", "changed in its own batch", T0.plusSeconds(2)),
                s -> s.record(LOBBY, msg("m2", 2, 2, "bob", "second of the batch")),
                s -> s.record(LOBBY, new StoredMessage("m3", 3L, T0.plusSeconds(3), "bob", null, false, null, null, true, Map.of())),
                s -> s.record(LOBBY, msg("m2", 2, 2, "bob", "second of the batch"))));
        assertIndexMatchesMessages();
        org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> store.together(List.of(
                s -> s.record(LOBBY, msg("m4", 4, 4, "bob", "rolled back")),
                s -> { throw new java.sql.SQLException("disk full"); })));
        store.record(BOB, StoredMessage.sent("d1", null, T0.plusSeconds(5), "bob", "direct words", false, null));
        store.delete(LOBBY, "m2");
        store.react(LOBBY, "m1", "👍", "carol", true);
        assertIndexMatchesMessages();
        assertEquals(List.of("m1"), mids(store.search("changed", null, 10)));
        assertEquals(List.of(), mids(store.search("first", null, 10)), "the edit replaced the entry made in the same batch");
        assertEquals(List.of(), mids(store.search("rolled", null, 10)));
        store.forget(BOB);
        assertIndexMatchesMessages();
        assertEquals(List.of(), mids(store.search("direct", null, 10)));
    }

    /** FTS5's own check of the index against the messages it was built from: every entry, no more, no fewer. */
    private void assertIndexMatchesMessages() throws Exception {
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = db.createStatement()) {
            s.execute("INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)");
            try (var rs = s.executeQuery("SELECT (SELECT count(*) FROM message), (SELECT count(*) FROM message_search_docsize)")) {
                assertEquals(rs.getInt(1), rs.getInt(2), "one index entry per message");
            }
        }
    }

    private static List<String> mids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.line().message().mid()).toList();
    }

    @Test
    void conversationsAreListedPerRelayAndNickNewestFirst() throws Exception {
        store.record(BOB, StoredMessage.sent("d1", null, T0.plusSeconds(9), "bob", "hi", false, null));
        store.record(LOBBY, msg("m1", 1, 1, "bob", "hello"));
        store.record(ConversationRef.room("home.example:7777", "alice", "quiet"), msg("q", 1, 0, "bob", "first of all"));
        store.record(ConversationRef.room("home.example:7777", "mallory", "lobby"), msg("x", 1, 1, "mallory", "not alice's"));
        store.record(ConversationRef.room("other.example:7777", "alice", "lobby"), msg("y", 1, 1, "bob", "another relay"));

        List<StoredConversation> mine = store.conversations("home.example:7777", "ALICE");
        assertEquals(List.of("bob", "lobby", "quiet"), mine.stream().map(c -> c.ref().name()).toList(), "newest first");
        assertEquals(T0.plusSeconds(9), mine.getFirst().lastSeen());
        assertEquals(T0, mine.getLast().lastSeen());
        assertEquals(List.of("hello"), texts(store.latest(ConversationRef.room("home.example:7777", "Alice", "LOBBY"), 10)),
                "names compare as the relay compares them");
    }

    @Test
    void forgettingLeavesNoTextInTheFile() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "bob", "zebra-marker-lobby"));
        store.record(BOB, StoredMessage.sent("d1", null, T0.plusSeconds(2), "bob", "zebra-marker-direct", false, null));
        store.record(ConversationRef.room("other.example:7777", "alice", "lobby"), msg("y", 1, 1, "bob", "zebra-marker-other"));
        store.forget(BOB);
        assertEquals(List.of(), store.search("zebra-marker-direct", null, 10));
        assertEquals(List.of("lobby"), store.conversations("home.example:7777", "alice").stream().map(c -> c.ref().name()).toList());
        store.forgetRelay("home.example:7777");
        assertEquals(List.of(), store.conversations("home.example:7777", "alice"));
        assertEquals(List.of("y"), mids(store.search("zebra", null, 10)));
        store.close();

        String bytes = onDisk();
        assertFalse(bytes.contains("zebra-marker-lobby"), "forgotten text is overwritten, not left in free pages");
        assertFalse(bytes.contains("zebra-marker-direct"));
        assertTrue(bytes.contains("zebra-marker-other"), "the check can see text that is kept");
        store = opened();
    }

    private String onDisk() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(file.getParent())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void theFileAndItsJournalAreTheOwnersAlone() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "bob", "hello"));
        try (var files = Files.list(file.getParent())) {
            List<Path> all = files.toList();
            assertTrue(all.size() >= 3, "the database, its write-ahead log and the folder of kept files: " + all);
            for (Path p : all) {
                assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void aDamagedFileIsSetAsideAndANewOneStarted() throws Exception {
        store.close();
        HistoryFile.erase(file);
        Files.writeString(file, "this is not a database, but someone may want it back ".repeat(200));
        HistoryFile.Opened opened = HistoryFile.open(file, T0);
        store = opened.store();
        assertNotNull(store, opened.problem());
        assertNotNull(opened.setAside());
        assertTrue(Files.readString(opened.setAside()).startsWith("this is not a database"));
        store.record(LOBBY, msg("m1", 1, 1, "bob", "fresh start"));
        assertEquals(List.of("fresh start"), texts(store.latest(LOBBY, 10)));
    }

    @Test
    void aDamagedFileIsSetAsideWithItsKeptFiles() throws Exception {
        store.close();
        Path kept = Files.write(HistoryFile.filesFolder(file).resolve("ab".repeat(32)), new byte[] {1, 2, 3});
        Files.writeString(file, "not a database ".repeat(200));
        HistoryFile.Opened opened = HistoryFile.open(file, T0);
        store = opened.store();
        assertNotNull(opened.setAside());
        Path filesAside = HistoryFile.filesFolder(file).resolveSibling(HistoryFile.FILES + ".damaged-2026-12-01T10-00-00Z");
        assertTrue(Files.exists(filesAside.resolve(kept.getFileName())), "the files go aside with the ledger that names them");
        try (var fresh = Files.list(HistoryFile.filesFolder(file))) {
            assertEquals(List.of(), fresh.toList(), "and a new folder starts with the new file");
        }
    }

    // ---- files (protocol 1.1)

    private static final String SHA = "0123456789ABCDEF".repeat(4);
    private static final String THUMB = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3, 4, 5});

    @Test
    void aFileMessageIsKeptWithItsThumbnailAndADeletedOneKeepsNothingOfItsFile() throws Exception {
        StoredFile cat = new StoredFile("b1", "cat.jpg", "image/jpeg", 123_456, SHA, THUMB);
        store.record(LOBBY, msg("m1", 1, 1, "bob", "my cat").withFile(cat));
        store.record(BOB, StoredMessage.sent("d1", null, T0.plusSeconds(2), "bob", "", false, null)
                .withFile(new StoredFile("b2", "tax-return.pdf", "application/pdf", 9, "ab".repeat(32), null)));
        store.delete(BOB, "d1");
        store.close();

        store = opened();
        StoredFile back = store.byMid(LOBBY, "m1").message().file();
        assertEquals(new StoredFile("b1", "cat.jpg", "image/jpeg", 123_456, SHA.toLowerCase(), THUMB), back);
        assertEquals(THUMB, back.thumb(), "the thumbnail as it came");
        assertEquals("my cat", store.latest(LOBBY, 10).lines().getFirst().message().text(), "the caption is the text");
        StoredMessage deleted = store.byMid(BOB, "d1").message();
        assertTrue(deleted.deleted());
        assertNull(deleted.file());
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = db.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM message WHERE coalesce(file_blob, file_name, file_mime, file_size, file_sha256, file_thumb) IS NOT NULL")) {
            assertEquals(1, rs.getInt(1), "the deleted message's row holds nothing of its file");
        }

        // A copy from the relay later (a backlog) names the blob it has now; the rest stays.
        store.record(LOBBY, msg("m1", 1, 1, "bob", "my cat").withFile(new StoredFile("b7", "cat.jpg", "image/jpeg", 123_456, SHA, THUMB)));
        assertEquals("b7", store.byMid(LOBBY, "m1").message().file().blob());
        store.record(LOBBY, msg("m1", 1, 1, "bob", "my cat"));
        assertEquals("b7", store.byMid(LOBBY, "m1").message().file().blob(), "a copy without the file does not take it away");
        assertEquals(1, store.search("my cat", LOBBY, 10).size());
        assertEquals(THUMB, store.search("my cat", LOBBY, 10).getFirst().line().message().file().thumb());
    }

    /** The tables as Hearth before files (layout 1) made them, frozen here as they were. */
    private static final List<String> LAYOUT_1 = List.of(
            """
            CREATE TABLE conversation (id INTEGER PRIMARY KEY, relay TEXT NOT NULL, me TEXT NOT NULL, me_key TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN ('ROOM', 'DIRECT')), name TEXT NOT NULL, name_key TEXT NOT NULL,
              UNIQUE (relay, me_key, kind, name_key))""",
            """
            CREATE TABLE message (id INTEGER PRIMARY KEY, conversation INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
              mid TEXT, seq INTEGER, ts INTEGER NOT NULL, sender TEXT NOT NULL, text TEXT, folded TEXT, own INTEGER NOT NULL,
              reply TEXT, edited INTEGER, deleted INTEGER NOT NULL DEFAULT 0, reactions TEXT)""",
            "CREATE UNIQUE INDEX message_mid ON message (conversation, mid) WHERE mid IS NOT NULL",
            "CREATE INDEX message_seq ON message (conversation, seq) WHERE seq IS NOT NULL",
            "CREATE INDEX message_order ON message (conversation, ts, id)",
            "CREATE INDEX message_time ON message (ts, id)",
            "CREATE VIRTUAL TABLE message_search USING fts5 (folded, content = 'message', content_rowid = 'id', tokenize = 'trigram')",
            "CREATE TRIGGER message_indexed AFTER INSERT ON message BEGIN INSERT INTO message_search (rowid, folded) VALUES (new.id, new.folded); END",
            """
            CREATE TRIGGER message_unindexed AFTER DELETE ON message BEGIN
              INSERT INTO message_search (message_search, rowid, folded) VALUES ('delete', old.id, old.folded); END""",
            """
            CREATE TRIGGER message_reindexed AFTER UPDATE OF folded ON message BEGIN
              INSERT INTO message_search (message_search, rowid, folded) VALUES ('delete', old.id, old.folded);
              INSERT INTO message_search (rowid, folded) VALUES (new.id, new.folded); END""",
            "PRAGMA user_version = 1");

    @Test
    void aHistoryFileFromBeforeFilesIsBroughtUpToDateAndKeepsWorking() throws Exception {
        store.close();
        HistoryFile.erase(file);
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = db.createStatement()) {
            for (String statement : LAYOUT_1) {
                s.execute(statement);
            }
            try (var c = db.prepareStatement("INSERT INTO conversation VALUES (1, 'home.example:7777', 'alice', ?, 'ROOM', 'lobby', ?)")) {
                c.setString(1, dev.hearth.model.Nicknames.key("alice"));
                c.setString(2, dev.hearth.model.RoomNames.key("lobby"));
                c.executeUpdate();
            }
            try (var m = db.prepareStatement("""
                    INSERT INTO message (conversation, mid, seq, ts, sender, text, folded, own, reactions)
                    VALUES (1, 'm1', 1, ?, 'bob', 'Written before files', ?, 0, '{"👍":["alice"]}')""")) {
                m.setLong(1, T0.toEpochMilli());
                m.setString(2, TextFold.fold("Written before files"));
                m.executeUpdate();
            }
        }

        store = opened();
        StoredMessage old = store.byMid(LOBBY, "m1").message();
        assertEquals("Written before files", old.text());
        assertEquals(Map.of("👍", List.of("alice")), old.reactions());
        assertNull(old.file());
        assertEquals(1, store.search("before", LOBBY, 10).size(), "its search index still finds it");

        store.record(LOBBY, msg("m2", 2, 2, "bob", "").withFile(new StoredFile("b1", "cat.jpg", "image/jpeg", 5, SHA, THUMB)));
        store.edit(LOBBY, "m1", "Edited after", T0.plusSeconds(9));
        store.close();
        store = opened();
        assertEquals(List.of("Edited after", ""), texts(store.latest(LOBBY, 10)));
        assertEquals(THUMB, store.byMid(LOBBY, "m2").message().file().thumb());
        assertEquals(1, store.search("edited after", LOBBY, 10).size());
        assertIndexMatchesMessages();
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = db.createStatement();
             var rs = s.executeQuery("PRAGMA user_version")) {
            assertEquals(HistorySchema.VERSION, rs.getInt(1));
        }
    }

    @Test
    void aFileFromANewerHearthIsLeftAlone() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "bob", "hello"));
        store.close();
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = db.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        HistoryFile.Opened opened = HistoryFile.open(file, T0);
        assertNull(opened.store());
        assertTrue(opened.problem().contains("99"), opened.problem());
        assertNull(opened.setAside());
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = db.createStatement()) {
            s.execute("PRAGMA user_version = " + HistorySchema.VERSION);
        }
        store = opened();
        assertEquals(1, store.latest(LOBBY, 10).lines().size());
    }

    @Test
    void erasingRemovesTheFileAndItsJournal() throws Exception {
        store.record(LOBBY, msg("m1", 1, 1, "bob", "hello"));
        store.close();
        HistoryFile.erase(file);
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(), files.toList());
        }
        store = opened();
        assertEquals(List.of(), store.conversations("home.example:7777", "alice"));
    }
}
