package dev.hearth.client.connect;

import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.client.settings.RecentRelay;
import dev.hearth.client.settings.RecentRelays;
import dev.hearth.lan.LanRecord;
import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.InvalidInviteException;
import dev.hearth.protocol.Invite;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connect screen's state: an invite or hand-typed relay details, a nick and a password,
 * checked as they are typed; {@link #connect()} hands a {@link ConnectRequest} to the app, and
 * {@link #connected} remembers the relay once it let us in. FX thread only (the recent-relays
 * file is tiny, so it is written here).
 */
public final class ConnectViewModel {

    // properties: what the user types
    private final StringProperty invite = new SimpleStringProperty(this, "invite", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "7777");
    private final StringProperty nick = new SimpleStringProperty(this, "nick", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty plaintext = new SimpleBooleanProperty(this, "plaintext");
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(this, "rememberPassword");

    // properties: what the screen shows back
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper(this, "fingerprint", "");
    private final ReadOnlyStringWrapper announced = new ReadOnlyStringWrapper(this, "announced", "");
    private final ReadOnlyStringWrapper inviteError = new ReadOnlyStringWrapper(this, "inviteError", "");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper(this, "hostError", "");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper(this, "portError", "");
    private final ReadOnlyStringWrapper nickError = new ReadOnlyStringWrapper(this, "nickError", "");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect");
    private final ReadOnlyObjectWrapper<Field> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final ReadOnlyObjectWrapper<RecentRelay> lastRelay = new ReadOnlyObjectWrapper<>(this, "lastRelay");
    private final ObservableList<RecentRelay> recentRelays = FXCollections.observableArrayList();

    private final RecentRelays store;
    private final ConnectMessages messages;
    private final Consumer<ConnectRequest> onConnect;
    private final ConnectForm form = new ConnectForm();
    /** True while an invite or a recent entry fills the fields, so the fill does not drop its own pin. */
    private boolean filling;
    /** The relay being tried, remembered among the recent ones only once it lets us in. */
    private RecentRelay attempt;
    /** The recent relay that filled the form: its rooms are joined again if the form still points at it. */
    private RecentRelay chosen;
    private boolean attemptHadPassword;

    /** A field the screen puts the keyboard in after a refusal. */
    public enum Field { NICK, PASSWORD }

    public ConnectViewModel(RecentRelays store, ResourceBundle bundle, Consumer<ConnectRequest> onConnect) {
        this.store = Objects.requireNonNull(store, "store");
        this.messages = new ConnectMessages(bundle);
        this.onConnect = Objects.requireNonNull(onConnect, "onConnect");
        recentRelays.addListener((javafx.collections.ListChangeListener<RecentRelay>) change ->
                lastRelay.set(recentRelays.isEmpty() ? null : recentRelays.getFirst()));
        recentRelays.setAll(store.load());
        invite.addListener((o, was, now) -> applyInvite(now));
        host.addListener(o -> relayEdited());
        port.addListener(o -> relayEdited());
        plaintext.addListener(o -> relayEdited());
        nick.addListener(o -> revalidate());
        password.addListener(o -> passwordError.set(""));
        revalidate();
    }

    public StringProperty inviteProperty() { return invite; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty nickProperty() { return nick; }
    public StringProperty passwordProperty() { return password; }
    public BooleanProperty plaintextProperty() { return plaintext; }
    public BooleanProperty rememberPasswordProperty() { return rememberPassword; }
    public ReadOnlyStringProperty fingerprintProperty() { return fingerprint.getReadOnlyProperty(); }
    /**
     * The fingerprint the chosen relay announced on the local network: shown, and compared in the
     * first-contact question, never pinned on its word. Empty unless the form came from that list.
     */
    public ReadOnlyStringProperty announcedProperty() { return announced.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inviteErrorProperty() { return inviteError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hostErrorProperty() { return hostError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty portErrorProperty() { return portError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nickErrorProperty() { return nickError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty passwordErrorProperty() { return passwordError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canConnectProperty() { return canConnect.getReadOnlyProperty(); }
    /** Where the keyboard should go: the field a refusal asks the user to change; null for no change. */
    public ReadOnlyObjectProperty<Field> focusProperty() { return focus.getReadOnlyProperty(); }
    public ObservableList<RecentRelay> recentRelays() { return FXCollections.unmodifiableObservableList(recentRelays); }
    /** "Remember password in …": where a remembered password is kept, the OS's store or Hearth's file. */
    public String rememberLabel() {
        return messages.text("remember." + store.passwordsKeptIn().name());
    }

    /** The relay used last, offered for a one-click reconnect; null when there is none. */
    public ReadOnlyObjectProperty<RecentRelay> lastRelayProperty() { return lastRelay.getReadOnlyProperty(); }

    // commands

    /** Fills the form from a recent relay (its remembered password too, if there is one). */
    public void useRecent(RecentRelay relay) {
        fill(relay.host(), relay.port(), relay.tls(), relay.fingerprint(), relay.password());
        nick.set(relay.nick());
        rememberPassword.set(relay.password() != null);
        chosen = relay;
    }

    /**
     * Fills the form from a relay announced on the local network: its address and whether it
     * speaks TLS, but no pin. Anyone on the network can announce, so the key it announced is only
     * shown, and the first connection asks the user to compare the key the relay presents.
     */
    public void useLan(LanRecord relay) {
        fill(relay.host(), relay.port(), relay.tls(), null, null);
        announced.set(relay.fingerprint() == null ? "" : relay.fingerprint());
        chosen = null;
    }

    /**
     * One click back to where the user was: the last relay, as that nick, into the rooms they
     * were in. A relay that needs a password not remembered refuses, and the form asks for it.
     *
     * @return whether a request was made
     */
    public boolean reconnectLast() {
        RecentRelay last = lastRelay.get();
        if (last == null) {
            return false;
        }
        useRecent(last);
        return connect();
    }

    /**
     * Sends the request to the app; does nothing while the form is invalid. The relay joins the
     * recent ones when it lets us in ({@link #connected}), so a failed attempt leaves no entry.
     *
     * @return whether a request was made
     */
    public boolean connect() {
        if (!canConnect.get()) {
            return false;
        }
        banner.set("");
        focus.set(null);
        ConnectRequest request = form.request(host.get(), port.get(), !plaintext.get(), fingerprint.get(),
                nick.get(), password.get());
        RelayAddress address = request.address();
        List<String> rooms = chosen != null && chosen.key().equals(RecentRelay.keyOf(address.host(), address.port()))
                ? chosen.rooms() : List.of();
        request = request.withRooms(rooms).withAnnounced(announced.get().isEmpty() ? null : announced.get());
        attempt = new RecentRelay(address.host(), address.port(), address.tls(), request.nick(), request.fingerprint(),
                rememberPassword.get() ? request.password() : null, rooms);
        attemptHadPassword = request.password() != null;
        onConnect.accept(request);
        return true;
    }

    /**
     * The relay let us in as {@code nickNow}, or we took that nick since: the relay goes first
     * among the recent ones with the nick in use, and the form shows it for next time.
     */
    public void connected(String nickNow) {
        if (attempt == null) {
            return;
        }
        attempt = attempt.withNick(nickNow);
        nick.set(nickNow);
        rememberAttempt();
    }

    /** The rooms the user is in now, joined again the next time they reconnect from here. */
    public void roomsNow(List<String> rooms) {
        if (attempt != null && !attempt.rooms().equals(rooms)) {
            attempt = attempt.withRooms(rooms);
            rememberAttempt();
        }
    }

    private void rememberAttempt() {
        try {
            recentRelays.setAll(store.remember(attempt));
        } catch (IOException e) {
            // Not being remembered is no reason to stop the user from chatting.
            recentRelays.setAll(attempt);
        }
        chosen = attempt;
    }

    /** Shows why the relay refused the login next to the field the user has to change, and puts the keyboard there. */
    public void showRefusal(ErrorReply error) {
        ConnectMessages.Refusal refusal = messages.refusal(error, nick.get(), attemptHadPassword);
        ReadOnlyStringWrapper target = switch (refusal.place()) {
            case NICK -> nickError;
            case PASSWORD -> passwordError;
            case BANNER -> banner;
        };
        target.set(refusal.text());
        focus.set(switch (refusal.place()) {
            case NICK -> Field.NICK;
            case PASSWORD -> Field.PASSWORD;
            case BANNER -> null;
        });
    }

    /** The pinned keys' file was damaged and set aside as {@code fileName}: every relay's key is asked again. */
    public void showPinsSetAside(String fileName) {
        banner.set(messages.text("pins.setAside", fileName));
    }

    /** Shows a problem that belongs to no field (the relay is unreachable, say) as a banner. */
    public void showProblem(String reason) {
        banner.set(reason == null ? "" : reason);
    }

    private void applyInvite(String text) {
        if (text == null || text.isBlank()) {
            inviteError.set("");
            return;
        }
        try {
            Invite parsed = Invite.parse(text);
            inviteError.set("");
            fill(parsed.host(), parsed.port(), parsed.tls(), parsed.fingerprint(), parsed.password());
        } catch (InvalidInviteException e) {
            inviteError.set(messages.inviteProblem(e));
        }
    }

    private void fill(String newHost, int newPort, boolean tls, String newFingerprint, String newPassword) {
        filling = true;
        announced.set("");
        try {
            host.set(newHost);
            port.set(Integer.toString(newPort));
            plaintext.set(!tls);
            fingerprint.set(newFingerprint == null ? "" : newFingerprint);
            if (newPassword != null) {
                password.set(newPassword);
            }
        } finally {
            filling = false;
        }
        revalidate();
    }

    /** A pin belongs to the address it came with; once the user changes the address it no longer applies. */
    private void relayEdited() {
        if (!filling) {
            fingerprint.set("");
            announced.set("");
            revalidate();
        }
    }

    private void revalidate() {
        hostError.set(form.hostProblem(host.get()) ? messages.text("host.invalid") : "");
        portError.set(form.portProblem(port.get()) ? messages.text("port.invalid") : "");
        NameCheck check = nick.get().isEmpty() ? null : Nicknames.check(nick.get());
        nickError.set(check instanceof NameCheck.Rejected rejected ? messages.nickReason(rejected) : "");
        canConnect.set(form.valid(host.get(), port.get(), nick.get()));
    }
}
