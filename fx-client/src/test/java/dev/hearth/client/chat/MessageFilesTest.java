package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.OutgoingFile;
import dev.hearth.client.testing.MutableClock;
import dev.hearth.protocol.FileInfo;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Welcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in the chat state without a scene: a file sent shows at once as our pending line with its
 * progress, becomes the relay's message when delivered, fails with the relay's reason and is sent
 * again by Retry; a fetched file is kept by its SHA-256 and fetched once.
 */
class MessageFilesTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path kept;

    private final RecordingLink link = new RecordingLink();
    private ChatViewModel chat;
    private ClientEventRouter router;

    @BeforeEach
    void loggedInToARelayThatTakesFiles() {
        FileKeeping keeping = new FileKeeping() {
            @Override
            public Optional<Path> kept(String sha256) {
                Path path = placeFor(sha256);
                return Files.exists(path) ? Optional.of(path) : Optional.empty();
            }

            @Override
            public Path placeFor(String sha256) {
                return kept.resolve(sha256);
            }

            @Override
            public void arrived(String sha256) {}
        };
        chat = new ChatViewModel(link, new MutableClock(T0), ZoneId.of("UTC"),
                new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH)), (title, body) -> { }, null, keeping);
        router = new ClientEventRouter(chat, new WindowEvents());
        Welcome.Limits limits = new Welcome.Limits(65536, 4000, 5, 20, 1000L, 32768);
        feed(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/1.0", null, List.of(), 0, limits,
                List.of("mid", "file"), null), false, null), new ClientEvent.Received(new Joined("lobby", List.of("alice"), null)));
    }

    @Test
    void aFileSentShowsItsProgressThenBecomesTheRelaysMessage() {
        assertEquals(FileSending.Outcome.SENT, chat.sendFile(prepared("cat.jpg", 600), "my cat"));
        assertEquals(List.of("file lobby cat.jpg 600 id1 caption my cat"), link.sent);
        ChatLine.MessageLine pending = lastMessage();
        assertEquals(Delivery.PENDING, pending.delivery());
        assertEquals("cat.jpg", pending.file().name());
        assertNull(pending.file().blob(), "no blob until the relay takes it");

        feed(new ClientEvent.UploadProgress("id1", 300, 600));
        assertEquals(new FileTransfers.State.Sending(300, 600), chat.files().states().get("id1"));

        feed(new ClientEvent.Received(new Message("lobby", 1L, T0, "alice", "my cat", "m1", null, null, null, null,
                new FileInfo("b1", "cat.jpg", "image/jpeg", 600L, SHA, null), "id1")));
        ChatLine.MessageLine delivered = lastMessage();
        assertEquals(Delivery.CONFIRMED, delivered.delivery());
        assertEquals("b1", delivered.file().blob());
        assertFalse(chat.files().states().containsKey("id1"), "delivered: the message shows the file now");
        feed(new ClientEvent.UploadProgress("id1", 600, 600));
        assertFalse(chat.files().states().containsKey("id1"), "progress reported after the echo is not news");
        assertEquals(1, chat.selectedProperty().get().lines().stream().filter(l -> l instanceof ChatLine.MessageLine).count());
    }

    @Test
    void aRefusedFileSaysWhyAndRetrySendsItAgain() {
        chat.sendFile(prepared("big.bin", 900), null);
        feed(new ClientEvent.UploadFailed("id1", "files-full", "full"));
        ChatLine.MessageLine failed = lastMessage();
        assertEquals(Delivery.FAILED, failed.delivery());
        assertEquals("The relay's memory for files is full just now; try again in a while.", failed.failure());
        assertInstanceOf(FileTransfers.State.Failed.class, chat.files().states().get("id1"));

        assertTrue(chat.failedLines().canRetry(failed));
        chat.failedLines().retry(failed);
        assertEquals("file lobby big.bin 900 id2", link.sent.getLast());
        assertEquals(Delivery.PENDING, lastMessage().delivery());
    }

    @Test
    void aFileTooLargeForTheRelayOrARelayWithoutFilesIsNotSent() {
        assertEquals(FileSending.Outcome.TOO_LARGE, chat.sendFile(prepared("huge.bin", 1001), null));
        feed(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/0.9", null, List.of(), 0, null,
                List.of("mid"), null), true, null));
        assertEquals(FileSending.Outcome.NO_FILES, chat.sendFile(prepared("a.bin", 10), null));
        assertEquals(List.of(), link.sent);
    }

    @Test
    void aFileIsFetchedOnceAndThenKeptByItsHash() throws Exception {
        ChatLine.Attachment file = new ChatLine.Attachment("b7", "p.png", "image/png", 5, SHA, null);
        chat.files().fetch(file);
        chat.files().fetch(file);
        assertEquals(List.of("fetch b7 5 " + SHA), link.sent, "asked once, into the place kept for its hash");
        assertEquals(new FileTransfers.State.Fetching(0, 5), chat.files().states().get("b7"));
        Files.write(kept.resolve(SHA), new byte[5]);
        feed(new ClientEvent.FetchDone("b7", kept.resolve(SHA)));
        assertEquals(new FileTransfers.State.Fetched(kept.resolve(SHA)), chat.files().states().get("b7"));

        ChatLine.Attachment again = new ChatLine.Attachment("b9", "p.png", "image/png", 5, SHA, null);
        chat.files().fetch(again);
        assertEquals(1, link.sent.size(), "the same bytes shared again are here already");
        assertEquals(new FileTransfers.State.Fetched(kept.resolve(SHA)), chat.files().states().get("b9"));

        Path copy = kept.resolve("saved.png");
        chat.files().saveAs(again, copy);
        assertEquals(5, Files.size(copy));

        Files.delete(kept.resolve(SHA)); // the history's cap, or a Forget, gave it up since
        assertTrue(chat.files().local(file).isEmpty(), "not here any more");
        chat.files().fetch(file);
        assertEquals("fetch b7 5 " + SHA, link.sent.getLast(), "fetched again");
    }

    private PreparedFile prepared(String name, int size) {
        return new PreparedFile(OutgoingFile.ofBytes(name, "application/octet-stream", new byte[size], SHA, null), null,
                Set.of());
    }

    private ChatLine.MessageLine lastMessage() {
        List<ChatLine> lines = chat.selectedProperty().get().lines();
        return (ChatLine.MessageLine) lines.reversed().stream().filter(l -> l instanceof ChatLine.MessageLine).findFirst()
                .orElseThrow();
    }

    private void feed(ClientEvent... events) {
        router.route(List.of(events));
    }
}
