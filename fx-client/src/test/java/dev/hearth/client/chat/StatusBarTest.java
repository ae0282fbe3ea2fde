package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.protocol.Welcome;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The status bar follows the link, the key and a nick change without anyone asking it to. */
class StatusBarTest {
    private final ChatText text = new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH));
    private final RelayStatus relay = new RelayStatus();
    private final SimpleStringProperty nick = new SimpleStringProperty("alice");
    private final StatusBar bar = new StatusBar(relay, nick, text);

    @Test
    void theLineTheColourAndTheKeyFollowTheLinkAndTheNick() {
        assertEquals("warning", bar.style().get());
        relay.loggedIn(new Welcome(1, "alice", "t", null, null, null, null, null, null), null);
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTED, null));
        assertEquals("Connected as alice", bar.line().get());
        assertEquals("success", bar.style().get());
        assertEquals("Not encrypted (plaintext relay)", bar.fingerprint().get());

        nick.set("alicia");
        assertEquals("Connected as alicia", bar.line().get(), "a /nick shows at once");
        relay.changed(new ClientEvent.StatusChanged(ConnectionStatus.OFFLINE, null));
        assertEquals("danger", bar.style().get());
    }
}
