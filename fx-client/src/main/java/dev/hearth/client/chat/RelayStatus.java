package dev.hearth.client.chat;

import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.protocol.Features;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Welcome;
import java.time.Duration;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the status bar, suggestions and the input know about the relay: link state, its key, its
 * rooms, its text limit. FX thread only.
 */
public final class RelayStatus {
    private final ObjectProperty<ConnectionStatus> status = new SimpleObjectProperty<>(ConnectionStatus.CONNECTING);
    private final ObjectProperty<Duration> retryIn = new SimpleObjectProperty<>();
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final IntegerProperty maxText = new SimpleIntegerProperty(ProtocolDefaults.MAX_TEXT_CODE_POINTS);
    /** Protocol 1.1: the largest file the relay takes; 0 until a relay that takes files says otherwise. */
    private final LongProperty maxFile = new SimpleLongProperty(0);
    private final ObservableList<String> rooms = FXCollections.observableArrayList();
    private final ObservableList<String> roomsView = FXCollections.unmodifiableObservableList(rooms);
    private final ObjectProperty<java.util.Set<String>> features = new SimpleObjectProperty<>(java.util.Set.of());

    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
        return status;
    }

    /** While reconnecting: how long until the next attempt. */
    public ReadOnlyObjectProperty<Duration> retryInProperty() {
        return retryIn;
    }

    /** The pinned key's {@code sha256:} fingerprint; empty over plaintext. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint;
    }

    /** The longest message text the relay takes, in code points, as its {@code welcome} said. */
    public ReadOnlyIntegerProperty maxTextProperty() {
        return maxText;
    }

    /** The largest file the relay takes, in bytes; 0 when it takes none (or did not say). */
    public ReadOnlyLongProperty maxFileProperty() {
        return maxFile;
    }

    /** Rooms the relay listed at login, for "join a room" suggestions. */
    public ObservableList<String> rooms() {
        return roomsView;
    }

    /** The status bar's words: connected as whom, or when the next attempt comes. */
    public String statusLine(ChatText text, String ownNick) {
        return switch (status.get()) {
            case CONNECTING -> text.format("status.connecting");
            case CONNECTED -> text.format("status.connected", ownNick);
            case RECONNECTING -> text.format("status.reconnecting", secondsUntilRetry());
            case OFFLINE -> text.format("status.offline");
        };
    }

    /** The AtlantaFX style class that colours the status: green, amber or red. */
    public String statusStyle() {
        return switch (status.get()) {
            case CONNECTED -> "success";
            case CONNECTING, RECONNECTING -> "warning";
            case OFFLINE -> "danger";
        };
    }

    /** The key the client pinned, or a warning once connected without one. */
    public String fingerprintLine(ChatText text) {
        if (!fingerprint.get().isEmpty()) {
            return text.format("fingerprint.label", fingerprint.get());
        }
        return status.get() == ConnectionStatus.CONNECTED ? text.format("fingerprint.plaintext") : "";
    }

    private long secondsUntilRetry() {
        Duration wait = retryIn.get();
        return wait == null ? 0 : Math.max(1, Math.round(wait.toMillis() / 1000.0));
    }

    void changed(ClientEvent.StatusChanged changed) {
        status.set(changed.status());
        retryIn.set(changed.retryIn());
    }

    /** The relay listed its rooms again (a {@code rooms} answer). */
    void roomsListed(java.util.List<Welcome.RoomSummary> listed) {
        if (listed != null) {
            rooms.setAll(listed.stream().map(Welcome.RoomSummary::name).toList());
        }
    }

    /** Whether the relay offered {@code feature} (a {@code Features} name) when we last logged in; a version 1 relay offers none. */
    public boolean offers(String feature) {
        return features.get().contains(feature);
    }

    void loggedIn(Welcome welcome, String pinnedFingerprint) {
        features.set(welcome.features() == null ? java.util.Set.of() : java.util.Set.copyOf(welcome.features()));
        fingerprint.set(pinnedFingerprint == null ? "" : pinnedFingerprint);
        Welcome.Limits limits = welcome.limits();
        maxText.set(limits == null || limits.maxText() == null || limits.maxText() < 1
                ? ProtocolDefaults.MAX_TEXT_CODE_POINTS : limits.maxText());
        boolean files = welcome.features() != null && welcome.features().contains(Features.FILE);
        maxFile.set(!files || limits == null || limits.maxFile() == null ? 0 : limits.maxFile());
        if (welcome.rooms() != null) {
            rooms.setAll(welcome.rooms().stream().map(r -> r.name()).toList());
        }
    }
}
