package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.history.ConversationRef;
import dev.hearth.client.history.HistoryFile;
import dev.hearth.client.history.HistoryStore;
import dev.hearth.client.history.HistoryThread;
import dev.hearth.client.history.KeptFiles;
import dev.hearth.client.history.StoredMessage;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.testing.MutableClock;
import dev.hearth.protocol.Deleted;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.FileInfo;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Reaction;
import dev.hearth.protocol.Welcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat with its history on this computer: a real SQLite file, served inline (the history
 * thread's runner is the test's own thread), and two sessions one after the other.
 */
class KeptHistoryTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String RELAY = "home.example:7777";

    @TempDir
    Path dir;
    private final List<SQLException> problems = new ArrayList<>();
    private final MutableClock clock = new MutableClock(T0);
    private HistoryThread thread;
    private KeptFiles files;
    private RecordingLink link;
    private ChatViewModel chat;

    @AfterEach
    void closeStore() {
        if (thread != null) {
            thread.close();
        }
        assertEquals(List.of(), problems);
    }

    /** A new session: the store opened afresh, the chat built, what was kept restored, then the login. */
    private void startSession(List<String> rooms) {
        if (thread != null) {
            thread.close();
        }
        HistoryFile.Opened opened = HistoryFile.open(dir.resolve(HistoryFile.NAME), T0);
        assertNotNull(opened.store(), opened.problem());
        thread = HistoryThread.on(opened.store(), Runnable::run, problems::add);
        files = KeptFiles.open(thread, opened.store(), KeptFiles.DEFAULT_CAP, clock, () -> {
            throw new AssertionError("history stays on");
        });
        link = new RecordingLink();
        chat = new ChatViewModel(link, clock, ZONE, new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH)),
                (title, body) -> { }, new KeptHistory(thread, RELAY, "alice", Runnable::run), files);
        chat.history().restoreKept(rooms);
    }

    private void logIn(Envelope... after) {
        List<ClientEvent> events = new ArrayList<>();
        events.add(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/1.1", null, List.of(), null, null, null), false, null));
        for (Envelope e : after) {
            events.add(new ClientEvent.Received(e));
        }
        new ClientEventRouter(chat, new WindowEvents()).route(events);
    }

    private void receive(Envelope... envelopes) {
        new ClientEventRouter(chat, new WindowEvents()).route(java.util.Arrays.stream(envelopes)
                .<ClientEvent>map(ClientEvent.Received::new).toList());
    }

    private static Message msg(String mid, long seq, int second, String from, String text) {
        return new Message("lobby", seq, T0.plusSeconds(second), from, text, mid, null, null, null, null, null);
    }

    private static Dm dm(String mid, int second, String from, String to, String text) {
        return new Dm(from, to, text, T0.plusSeconds(second), mid, null, null, null);
    }

    private Conversation conversation(String name) {
        return chat.conversations().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(Conversation conversation) {
        return conversation.lines().stream().filter(l -> l instanceof ChatLine.MessageLine)
                .map(l -> ((ChatLine.MessageLine) l).text()).toList();
    }

    private static ChatLine.MessageLine line(Conversation conversation, String mid) {
        return conversation.lines().stream().filter(l -> l instanceof ChatLine.MessageLine m && mid.equals(m.mid()))
                .map(l -> (ChatLine.MessageLine) l).findFirst().orElseThrow();
    }

    @Test
    void whatWasSaidIsThereOnTheNextStartBeforeConnectingAndTheBacklogAddsNoSecondCopy() {
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice", "bob"), null), msg("m1", 1, 1, "bob", "hello"),
                msg("m2", 2, 2, "alice", "hi bob"), dm("d1", 3, "bob", "alice", "psst"));

        startSession(List.of("lobby"));
        assertEquals(List.of("bob", "lobby"), chat.conversations().stream().map(Conversation::name).toList(),
                "newest first, shown before the relay said anything");
        assertEquals(List.of("hello", "hi bob"), texts(conversation("lobby")));
        assertEquals(List.of("psst"), texts(conversation("bob")));
        assertTrue(line(conversation("lobby"), "m2").own());

        // The relay's backlog repeats the room, as it is now: m2 was edited meanwhile, m3 is new.
        logIn(new Joined("lobby", List.of("alice", "bob"), null), msg("m1", 1, 1, "bob", "hello"),
                new Message("lobby", 2L, T0.plusSeconds(2), "alice", "hi bob!", "m2", null, T0.plusSeconds(30), null, null, null),
                msg("m3", 3, 40, "bob", "while you were away"));
        assertEquals(List.of("hello", "hi bob!", "while you were away"), texts(conversation("lobby")));
        assertEquals(T0.plusSeconds(30), line(conversation("lobby"), "m2").changes().edited());
    }

    @Test
    void aRelayWithoutMidsIsMatchedBySeqAndTime() {
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice"), null), new Message("lobby", 1L, T0, "bob", "old relay", null));
        startSession(List.of("lobby"));
        logIn(new Joined("lobby", List.of("alice"), null), new Message("lobby", 1L, T0, "bob", "old relay", null),
                new Message("lobby", 2L, T0.plusSeconds(5), "bob", "new", null));
        assertEquals(List.of("old relay", "new"), texts(conversation("lobby")));
    }

    @Test
    void editsReactionsAndDeletionsShowAndAreKept() throws Exception {
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice", "bob"), null), msg("m1", 1, 1, "bob", "helo"),
                msg("m2", 2, 2, "bob", "my pin is 4711"), dm("d1", 3, "alice", "bob", "see you"));
        receive(new Edited("lobby", "m1", "bob", "hello", T0.plusSeconds(10), null),
                new Reaction("lobby", "m1", "carol", "👍", true, T0.plusSeconds(11), null),
                new Reaction("lobby", "m1", "alice", "👍", true, T0.plusSeconds(12), null),
                new Reaction(null, "d1", "bob", "❤️", true, T0.plusSeconds(13), null),
                new Reaction(null, "d1", "alice", "❤️", true, T0.plusSeconds(14), "c1"),
                new Deleted("lobby", "m2", "bob", T0.plusSeconds(15), null));

        Conversation lobby = conversation("lobby");
        assertEquals(List.of("hello", "message deleted"), texts(lobby));
        assertEquals(Map.of("👍", List.of("carol", "alice")), line(lobby, "m1").changes().reactions());
        assertTrue(line(lobby, "m2").deleted());
        assertEquals(Map.of("❤️", List.of("bob", "alice")), line(conversation("bob"), "d1").changes().reactions(),
                "our own reaction in a dm finds the conversation by the message");

        startSession(List.of("lobby"));
        lobby = conversation("lobby");
        assertEquals(List.of("hello", "message deleted"), texts(lobby), "kept as changed");
        assertEquals(T0.plusSeconds(10), line(lobby, "m1").changes().edited());
        assertEquals(Map.of("👍", List.of("carol", "alice")), line(lobby, "m1").changes().reactions());
        assertEquals(Map.of("❤️", List.of("bob", "alice")), line(conversation("bob"), "d1").changes().reactions());
        thread.close();
        thread = null;
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).contains("4711"),
                        "a deleted message's text is gone from " + p.getFileName());
            }
        }
    }

    @Test
    void olderHistoryPagesInAboveWhatIsShownUntilThereIsNoMore() throws Exception {
        HistoryStore store = HistoryFile.open(dir.resolve(HistoryFile.NAME), T0).store();
        ConversationRef lobby = ConversationRef.room(RELAY, "alice", "lobby");
        for (int i = 1; i <= 250; i++) {
            // three days of messages, so day separators meet where pages join
            store.record(lobby, StoredMessage.sent("m" + i, (long) i, T0.plusSeconds(i * 1000L), "bob", "line " + i, false, null));
        }
        store.close();

        startSession(List.of("lobby"));
        Conversation shown = conversation("lobby");
        assertEquals(KeptHistory.PAGE, texts(shown).size());
        assertEquals("line 151", texts(shown).getFirst());
        assertTrue(shown.olderStoredProperty().get());

        chat.history().loadOlder(shown);
        assertEquals(200, texts(shown).size());
        assertEquals("line 51", texts(shown).getFirst());
        chat.history().loadOlder(shown);
        assertEquals(250, texts(shown).size());
        assertFalse(shown.olderStoredProperty().get());
        chat.history().loadOlder(shown);
        assertEquals(250, texts(shown).size());

        List<java.time.LocalDate> days = shown.lines().stream().filter(l -> l instanceof ChatLine.DaySeparator)
                .map(l -> ((ChatLine.DaySeparator) l).date()).toList();
        assertEquals(days.stream().distinct().sorted().toList(), days, "one separator per day, in order: " + days);
        for (int i = 1; i <= 250; i++) {
            assertEquals("line " + i, texts(shown).get(i - 1));
        }
    }

    @Test
    void aRoomWeLeftIsNotListedAgainButItsHistoryIsKept() throws Exception {
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice"), null), msg("m1", 1, 1, "bob", "hello"));
        startSession(List.of());
        assertEquals(List.of(), chat.conversations());
        assertEquals(1, thread.askNow(s -> s.search("hello", null, 10)).size());
    }

    @Test
    void findingInAConversationStepsThroughItsWholeHistoryNewestFirst() throws Exception {
        HistoryStore store = HistoryFile.open(dir.resolve(HistoryFile.NAME), T0).store();
        ConversationRef lobby = ConversationRef.room(RELAY, "alice", "lobby");
        for (int i = 1; i <= 250; i++) {
            String text = i == 3 ? "今天天气很好" : i == 240 ? "天气 again" : "line " + i;
            store.record(lobby, StoredMessage.sent("m" + i, (long) i, T0.plusSeconds(i), "bob", text, false, null));
        }
        store.close();
        startSession(List.of("lobby"));
        Conversation shown = conversation("lobby");
        assertFalse(shown.shows("m3"), "the first hit is older than what is shown");

        ConversationSearch search = chat.search();
        search.find("天气");
        assertEquals(java.util.Set.of("m3", "m240"), search.hitsProperty().get());
        assertEquals("m240", search.currentProperty().get(), "the newest first");
        assertEquals("2 of 2", search.statusProperty().get());
        assertEquals("m240", chat.history().revealProperty().get().mid());

        search.previous();
        assertEquals("m3", search.currentProperty().get());
        assertEquals("1 of 2", search.statusProperty().get());
        assertTrue(shown.shows("m3"), "older history paged in to show it");
        assertEquals("m3", chat.history().revealProperty().get().mid());
        search.previous();
        assertEquals("m3", search.currentProperty().get(), "the oldest stays the oldest");
        search.next();
        assertEquals("m240", search.currentProperty().get());

        search.find("nowhere to be found");
        assertEquals("No messages found", search.statusProperty().get());
        assertEquals(null, search.currentProperty().get());
    }

    @Test
    void aGlobalSearchHitOpensItsConversationAtTheMessage() throws Exception {
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice", "bob"), null), msg("m1", 1, 1, "bob", "the weather is lovely"),
                dm("d1", 2, "bob", "alice", "WEATHER report"));
        startSession(List.of()); // lobby left: not listed, but kept
        List<dev.hearth.client.history.SearchHit> found = new ArrayList<>();
        chat.history().searchEverything("weath", found::addAll);
        assertEquals(List.of("d1", "m1"), found.stream().map(h -> h.line().message().mid()).toList());
        chat.history().open(found.get(1));
        assertEquals("lobby", chat.selectedProperty().get().name());
        assertEquals("m1", chat.history().revealProperty().get().mid());
    }

    @Test
    void forgettingAConversationOrARelayDeletesWhatWasKeptAndWhatIsShown() throws Exception {
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice", "bob"), null), msg("m1", 1, 1, "bob", "lobby talk"),
                dm("d1", 2, "bob", "alice", "private talk"));
        chat.history().forget(conversation("bob"));
        assertEquals(List.of(), texts(conversation("bob")));
        assertEquals(List.of(), thread.askNow(s -> s.search("private", null, 10)));
        assertEquals(1, thread.askNow(s -> s.search("lobby talk", null, 10)).size());

        chat.history().forgetRelay();
        assertEquals(List.of(), texts(conversation("lobby")));
        assertEquals(List.of(), thread.askNow(s -> s.conversations(RELAY, "alice")));
        startSession(List.of("lobby"));
        assertEquals(List.of(), chat.conversations(), "nothing comes back on the next start");
    }

    // ---- files (protocol 1.1)

    private static final String THUMB = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, 9, 9});

    private static Message fileMsg(String mid, long seq, String caption, FileInfo file) {
        return new Message("lobby", seq, T0.plusSeconds(seq), "bob", caption, mid, null, null, null, null, file, null);
    }

    private static Dm fileDm(String mid, int second, FileInfo file) {
        return new Dm("bob", "alice", "", T0.plusSeconds(second), mid, null, null, file, null);
    }

    private static FileInfo file(String blob, String name, byte[] bytes, String thumb) {
        try {
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            return new FileInfo(blob, name, "image/jpeg", (long) bytes.length, sha, thumb);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The file is fetched as the network fetches it: into the place it was given, then done. */
    private void fetched(ChatLine.Attachment attachment, byte[] bytes) throws Exception {
        chat.files().fetch(attachment);
        Path place = files.placeFor(attachment.sha256());
        assertEquals("fetch " + attachment.blob() + " " + bytes.length + " " + place.getFileName(), link.sent.getLast());
        Files.write(place, bytes);
        new ClientEventRouter(chat, new WindowEvents()).route(List.of(new ClientEvent.FetchDone(attachment.blob(), place)));
    }

    @Test
    void aFileMessageIsThereOnTheNextStartWithItsThumbnailAndADeletedOneWithoutItsFile() {
        FileInfo cat = file("b1", "cat.jpg", new byte[] {1, 2, 3}, THUMB);
        FileInfo report = file("b2", "report.pdf", new byte[] {4, 5}, null);
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice", "bob"), null), fileMsg("m1", 1, "my cat", cat), fileMsg("m2", 2, "", report),
                fileDm("d1", 3, cat));
        receive(new Deleted("lobby", "m2", "bob", T0.plusSeconds(9), null));

        startSession(List.of("lobby"));
        ChatLine.MessageLine shown = line(conversation("lobby"), "m1");
        assertEquals(ChatLine.Attachment.of(cat), shown.file(), "name, type, size, hash, blob and thumbnail");
        assertEquals("my cat", shown.text());
        assertTrue(shown.file().picture(), "shown as a picture again, its thumbnail at once");
        assertEquals(null, line(conversation("lobby"), "m2").file(), "a deleted message keeps no file");
        assertEquals(ChatLine.Attachment.of(cat), line(conversation("bob"), "d1").file());
    }

    @Test
    void aFetchedFileIsHereAfterARestartWithoutFetchingAndForgetTakesItUnlessAnotherConversationShowsIt() throws Exception {
        byte[] catBytes = {1, 2, 3, 4};
        byte[] dogBytes = {5, 6, 7};
        FileInfo cat = file("b1", "cat.jpg", catBytes, THUMB);
        FileInfo dog = file("b2", "dog.jpg", dogBytes, THUMB);
        startSession(List.of());
        logIn(new Joined("lobby", List.of("alice", "bob"), null), fileMsg("m1", 1, "", cat), fileMsg("m2", 2, "", dog),
                fileDm("d1", 3, dog));
        fetched(line(conversation("lobby"), "m1").file(), catBytes);
        fetched(line(conversation("lobby"), "m2").file(), dogBytes);

        startSession(List.of("lobby"));
        ChatLine.Attachment keptCat = line(conversation("lobby"), "m1").file();
        chat.files().fetch(keptCat);
        assertEquals(List.of(), link.sent.stream().filter(sent -> sent.startsWith("fetch")).toList(), "kept here: not fetched again");
        assertEquals(new FileTransfers.State.Fetched(files.placeFor(cat.sha256())), chat.files().states().get("b1"));
        assertEquals(java.util.Optional.of(files.placeFor(dog.sha256())), chat.files().local(line(conversation("bob"), "d1").file()));

        chat.history().forget(conversation("lobby"));
        assertEquals(java.util.Optional.empty(), files.kept(cat.sha256()), "forgotten with its conversation");
        assertFalse(Files.exists(files.placeFor(cat.sha256())));
        assertTrue(files.kept(dog.sha256()).isPresent(), "bob's conversation still shows the dog");
    }

    @Test
    void aHistoryFileSetAsideAtStartIsSaidInTheFirstConversationOpened() {
        startSession(List.of());
        chat.history().fileNotice("set aside as history.sqlite.damaged-x");
        logIn(new Joined("lobby", List.of("alice"), null));
        assertTrue(conversation("lobby").lines().stream().anyMatch(l -> l instanceof ChatLine.SystemLine sys
                && sys.text().contains("history.sqlite.damaged-x") && sys.text().contains("new file")), "said once the lobby opened");
    }
}
