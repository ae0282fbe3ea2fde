package dev.hearth.client.host;

import dev.hearth.client.handoff.FxHandOff;
import dev.hearth.client.i18n.I18n;
import dev.hearth.protocol.Invite;
import dev.hearth.relay.host.HostEvent;
import dev.hearth.relay.host.HostedRelay;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Host a group on this computer": starts the relay in the app, shows the invite and who can
 * reach it, lets the host copy the invite, joins the host to their own group and stops it.
 * Starting and stopping run on {@code background}; what they and the relay report reaches the
 * properties through the app's batched {@link FxHandOff}. Properties and commands: FX thread.
 */
public final class HostingViewModel {

    public enum State { IDLE, STARTING, HOSTING, STOPPED, FAILED }

    /** Starts the relay with {@code events} as its listener: {@code HostedRelay.start} in the app. */
    @FunctionalInterface
    public interface Starter {
        HostedRelay start(Consumer<HostEvent> events) throws IOException;
    }

    private final Starter starter;
    private final Executor background;
    private final ResourceBundle bundle;
    private final ReachWords words;
    private final Consumer<Invite> joinOwnGroup;
    private final Consumer<String> copy;
    private final FxHandOff<HostingUpdate> handOff;
    private HostedRelay relay;
    private boolean stopWhenStarted;
    /** Set when the app quits: a relay that finishes starting after that stops at once, FX thread or not. */
    private volatile boolean quitting;
    private final List<HostEvent> early = new ArrayList<>();

    // properties
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invite = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reachability = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper copied = new ReadOnlyBooleanWrapper();

    /**
     * @param ui the FX thread ({@code Platform::runLater}; {@code Runnable::run} in unit tests)
     * @param joinOwnGroup connects the host to their own relay, pinned: gets the invite for this computer
     * @param copy puts text on the clipboard
     */
    public HostingViewModel(Starter starter, Executor background, Executor ui, ResourceBundle bundle,
            Consumer<Invite> joinOwnGroup, Consumer<String> copy) {
        this.starter = Objects.requireNonNull(starter);
        this.background = Objects.requireNonNull(background);
        this.bundle = bundle;
        this.words = new ReachWords(bundle);
        this.joinOwnGroup = Objects.requireNonNull(joinOwnGroup);
        this.copy = Objects.requireNonNull(copy);
        this.handOff = new FxHandOff<>(ui, this::apply);
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The invite to send friends; it carries the password, so it is shown, never logged. */
    public ReadOnlyStringProperty inviteProperty() { return invite.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fingerprintProperty() { return fingerprint.getReadOnlyProperty(); }
    /** Who can join, in words, updated as the router answers. */
    public ReadOnlyStringProperty reachabilityProperty() { return reachability.getReadOnlyProperty(); }
    /** Set when the usual port was taken and the group listens on another. */
    public ReadOnlyStringProperty portNoteProperty() { return portNote.getReadOnlyProperty(); }
    /** True from "Copy" until the invite changes. */
    public ReadOnlyBooleanProperty copiedProperty() { return copied.getReadOnlyProperty(); }

    /** Whether closing the app now would take a group offline. */
    public boolean hosting() {
        return state.get() == State.HOSTING || state.get() == State.STARTING;
    }

    // commands

    /** Opens the group, unless it is open or opening. */
    public void start() {
        if (hosting()) {
            return;
        }
        stopWhenStarted = false;
        early.clear();
        portNote.set("");
        reachability.set("");
        state.set(State.STARTING);
        status.set(I18n.format(bundle, "status.starting"));
        background.execute(() -> {
            try {
                HostedRelay started = starter.start(event -> handOff.offer(new HostingUpdate.Event(event)));
                if (quitting) {
                    started.stop(); // the FX thread may be gone already
                    return;
                }
                handOff.offer(new HostingUpdate.Started(started));
            } catch (IOException | RuntimeException e) {
                handOff.offer(new HostingUpdate.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        });
    }

    public void copyInvite() {
        if (!invite.get().isEmpty()) {
            copy.accept(invite.get());
            copied.set(true);
        }
    }

    /** Takes the group offline: everyone is told the relay is shutting down. The work runs in the background. */
    public void stop() {
        stop(background);
    }

    /** As {@link #stop()}, but returns only once the relay has stopped: the app is quitting. */
    public void stopNow() {
        quitting = true;
        stop(Runnable::run);
    }

    private void stop(Executor where) {
        if (state.get() == State.STARTING) {
            stopWhenStarted = true;
        }
        HostedRelay running = relay;
        relay = null;
        if (hosting()) {
            state.set(State.STOPPED);
            status.set(I18n.format(bundle, "status.stopped"));
            invite.set("");
            reachability.set("");
            copied.set(false);
        }
        if (running != null) {
            where.execute(running::stop);
        }
    }

    void apply(List<HostingUpdate> updates) {
        for (HostingUpdate update : updates) {
            switch (update) {
                case HostingUpdate.Started(HostedRelay started) -> started(started);
                case HostingUpdate.Failed(String reason) -> {
                    state.set(State.FAILED);
                    status.set(I18n.format(bundle, "status.failed", reason));
                }
                case HostingUpdate.Event(HostEvent event) -> heard(event);
            }
        }
    }

    private void started(HostedRelay started) {
        if (stopWhenStarted) {
            background.execute(started::stop);
            return;
        }
        relay = started;
        state.set(State.HOSTING);
        status.set(I18n.format(bundle, "status.hosting", Integer.toString(started.port())));
        showInvite(started.invite());
        fingerprint.set(started.fingerprint());
        reachability.set(words.asking(started.port()));
        List<HostEvent> heardWhileStarting = List.copyOf(early);
        early.clear();
        heardWhileStarting.forEach(this::heard);
        joinOwnGroup.accept(started.inviteHere());
    }

    private void heard(HostEvent event) {
        if (event instanceof HostEvent.PortTaken(int wanted, int used)) {
            portNote.set(I18n.format(bundle, "port.taken", Integer.toString(wanted), Integer.toString(used)));
        }
        if (relay == null) {
            // The relay speaks while it starts (a taken port, "port mapping off"), before it is
            // handed over: kept for then. After a stop, what it says on the way out is old news.
            if (state.get() == State.STARTING) {
                early.add(event);
            }
            return;
        }
        words.after(event, relay.port()).ifPresent(reachability::set);
        if (event instanceof HostEvent.Reach reach) {
            showInvite(reach.invite());
        }
    }

    private void showInvite(Invite now) {
        String text = now.format();
        if (!text.equals(invite.get())) {
            invite.set(text);
            copied.set(false);
        }
    }
}
