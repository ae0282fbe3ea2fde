package dev.hearth.client.connect;

import dev.hearth.client.i18n.I18n;
import dev.hearth.lan.LanRecord;
import dev.hearth.protocol.InviteHost;
import java.util.ResourceBundle;
import javafx.scene.control.ListCell;

/** One relay announced on this network: "Hearth on kitchen (192.168.1.20:7777)". FX thread. */
final class LanRelayCell extends ListCell<LanRecord> {

    private final ResourceBundle bundle;

    LanRelayCell(ResourceBundle bundle) {
        this.bundle = bundle;
        setPrefWidth(0); // long names end in "…" rather than growing a scroll bar
    }

    @Override
    protected void updateItem(LanRecord relay, boolean empty) {
        super.updateItem(relay, empty);
        if (empty || relay == null) {
            setText(null);
            return;
        }
        String where = InviteHost.forUri(relay.host()) + ":" + relay.port();
        setText(I18n.format(bundle, relay.tls() ? "lan.entry" : "lan.entry.plaintext", relay.name(), where));
    }
}
