package dev.hearth.client.chat;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * The status bar's words and colour, kept up to date from the relay's state and our nick, so the
 * view only binds. FX thread only.
 */
public final class StatusBar {

    private final StringBinding line;
    private final StringBinding style;
    private final StringBinding fingerprint;

    StatusBar(RelayStatus relay, ObservableValue<String> ownNick, ChatText text) {
        line = Bindings.createStringBinding(() -> relay.statusLine(text, ownNick.getValue()),
                relay.statusProperty(), relay.retryInProperty(), ownNick);
        style = Bindings.createStringBinding(relay::statusStyle, relay.statusProperty());
        fingerprint = Bindings.createStringBinding(() -> relay.fingerprintLine(text),
                relay.fingerprintProperty(), relay.statusProperty());
    }

    /** "Connected as alice", "Reconnecting in 3 s"… */
    public ObservableStringValue line() {
        return line;
    }

    /** The style class that colours the line: success, warning or danger. */
    public ObservableStringValue style() {
        return style;
    }

    /** The pinned relay key, or a warning on a plaintext connection. */
    public ObservableStringValue fingerprint() {
        return fingerprint;
    }
}
