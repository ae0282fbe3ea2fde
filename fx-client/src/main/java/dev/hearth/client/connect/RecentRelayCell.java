package dev.hearth.client.connect;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.settings.RecentRelay;
import dev.hearth.protocol.InviteHost;
import java.util.ResourceBundle;
import javafx.scene.control.ListCell;

/** One recent relay in the connect screen's list: "nick at host:port". FX thread. */
final class RecentRelayCell extends ListCell<RecentRelay> {

    private final ResourceBundle bundle;

    RecentRelayCell(ResourceBundle bundle) {
        this.bundle = bundle;
        // Let long entries end in "…" instead of growing a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RecentRelay relay, boolean empty) {
        super.updateItem(relay, empty);
        if (empty || relay == null) {
            setText(null);
            return;
        }
        // The port goes in as text: MessageFormat would print 7777 as "7,777".
        String where = InviteHost.forUri(relay.host()) + ":" + relay.port();
        setText(I18n.format(bundle, relay.tls() ? "recent.entry" : "recent.entry.plaintext", relay.nick(), where));
    }
}
