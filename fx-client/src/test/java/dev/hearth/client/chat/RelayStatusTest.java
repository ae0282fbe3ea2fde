package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.protocol.Welcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status bar's words and colour follow the link; the key is shown, or its absence warned about. */
class RelayStatusTest {
    private static final String KEY = "sha256:" + "A".repeat(43);
    private final ChatText text = new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH));
    private final RelayStatus relay = new RelayStatus();

    @Test
    void reconnectingCountsWholeSecondsToTheNextAttemptAndIsAmber() {
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.RECONNECTING, Duration.ofMillis(2_400)));
        assertEquals("Connection lost \u2014 reconnecting in 2 s; messages you send wait and are not lost",
                relay.statusLine(text, "alice"));
        assertEquals("warning", relay.statusStyle());
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.RECONNECTING, Duration.ofMillis(80)));
        assertEquals("Connection lost \u2014 reconnecting in 1 s; messages you send wait and are not lost",
                relay.statusLine(text, "alice"));
    }

    @Test
    void connectedShowsTheNickInGreenAndThePinnedKey() {
        relay.loggedIn(new Welcome(1, "alice", "t", "hearth-relay/1.0", null,
                List.of(new Welcome.RoomSummary("lobby", 3)), 1, null, null), KEY);
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTED, null));
        assertEquals("Connected as alice", relay.statusLine(text, "alice"));
        assertEquals("success", relay.statusStyle());
        assertEquals("Relay key " + KEY, relay.fingerprintLine(text));
        assertEquals(List.of("lobby"), relay.rooms());
    }

    @Test
    void aPlaintextLinkIsCalledUnencryptedOnceConnected() {
        assertEquals("", relay.fingerprintLine(text));
        relay.loggedIn(new Welcome(1, "alice", "t", null, null, null, null, null, null), null);
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTED, null));
        assertEquals("Not encrypted (plaintext relay)", relay.fingerprintLine(text));
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.OFFLINE, null));
        assertEquals("danger", relay.statusStyle());
    }
}
