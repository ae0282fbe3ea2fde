package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.attach.AttachDestination;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.client.net.OutgoingFile;
import dev.hearth.client.testing.MutableClock;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Welcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the attach button is on, why it is off, and where the attach dialog sends, without a scene. */
class AttachTargetTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final RecordingLink link = new RecordingLink();
    private final ChatViewModel chat = new ChatViewModel(link, new MutableClock(T0), ZoneId.of("UTC"),
            new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH)), (title, body) -> { });
    private final ClientEventRouter router = new ClientEventRouter(chat, new WindowEvents());
    private final AttachTarget target = new AttachTarget(chat);

    @Test
    void offUntilLoggedInToARelayThatTakesFilesWithAConversationOpen() {
        assertFalse(target.availableProperty().get());
        assertEquals("Files can be sent once connected.", target.whyNotProperty().get());

        loggedIn(List.of("mid", "file"), 1000L);
        assertEquals("Open a conversation to send files to it.", target.whyNotProperty().get());

        feed(new ClientEvent.Received(new Joined("lobby", List.of("alice"), null)));
        assertTrue(target.availableProperty().get());
        assertEquals("", target.whyNotProperty().get());
        assertEquals("#lobby", target.title());
        assertEquals(1000L, target.maxFile());
    }

    @Test
    void aRelayWithoutFilesSaysSo() {
        loggedIn(List.of("mid"), null);
        feed(new ClientEvent.Received(new Joined("lobby", List.of("alice"), null)));

        assertFalse(target.availableProperty().get());
        assertEquals("This relay does not take files.", target.whyNotProperty().get());
    }

    @Test
    void sendsToTheOpenConversationAndPassesTheRelaysRefusalsOn() {
        loggedIn(List.of("mid", "file"), 1000L);
        feed(new ClientEvent.Received(new Joined("lobby", List.of("alice"), null)));

        assertEquals(AttachDestination.Result.SENT, target.send(file("cat.jpg", 600), "my cat"));
        assertEquals(List.of("file lobby cat.jpg 600 id1 caption my cat"), link.sent);
        assertEquals(AttachDestination.Result.TOO_LARGE, target.send(file("big.bin", 1001), null));
        assertEquals(AttachDestination.Result.CAPTION_TOO_LONG, target.send(file("a.bin", 1), "x".repeat(4001)));
    }

    private void loggedIn(List<String> features, Long maxFile) {
        Welcome.Limits limits = new Welcome.Limits(65536, 4000, 5, 20, maxFile, 32768);
        feed(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTED, null),
                new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/1.0", null, List.of(), 0, limits,
                        features, null), false, null));
    }

    private static PreparedFile file(String name, int size) {
        return new PreparedFile(OutgoingFile.ofBytes(name, "application/octet-stream", new byte[size], "a".repeat(64), null),
                null, Set.of());
    }

    private void feed(ClientEvent... events) {
        router.route(List.of(events));
    }
}
