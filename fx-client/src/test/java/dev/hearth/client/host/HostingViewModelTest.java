package dev.hearth.client.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.protocol.Invite;
import dev.hearth.relay.host.HostEvent;
import dev.hearth.relay.host.HostOptions;
import dev.hearth.relay.host.HostedRelay;
import dev.hearth.relay.host.ThisMachine;
import dev.hearth.relay.reach.PortMappingMode;
import dev.hearth.relay.reach.Reachability;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hosting view model with a real relay on a real port (port mapping and announcement off),
 * on the test's thread: {@code Runnable::run} stands in for both the background and the FX thread.
 */
class HostingViewModelTest {

    private static final ResourceBundle EN = I18n.bundle(HostingView.class.getName(), Locale.ENGLISH);
    private static final ThisMachine HOME = new ThisMachine(() -> List.of(address("192.168.1.20")), () -> "den");

    @TempDir Path dataDir;
    private final List<Invite> joined = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final List<HostedRelay> started = new ArrayList<>();
    private HostOptions options = HostOptions.defaults().withPort(0).withPortMapping(PortMappingMode.OFF)
            .withLanAnnounce(false);

    @AfterEach
    void stopAll() {
        started.forEach(HostedRelay::stop);
    }

    private HostingViewModel model() {
        return new HostingViewModel(events -> {
            HostedRelay relay = HostedRelay.start(dataDir, options, Clock.systemUTC(), (period, task) -> () -> { },
                    HOME, events);
            started.add(relay);
            return relay;
        }, Runnable::run, Runnable::run, EN, joined::add, clipboard::add);
    }

    @Test
    void startingOpensTheGroupShowsTheInviteAndJoinsTheHostPinned() {
        HostingViewModel model = model();
        model.start();

        HostedRelay relay = started.getFirst();
        assertEquals(HostingViewModel.State.HOSTING, model.stateProperty().get());
        assertTrue(model.hosting());
        assertEquals(relay.invite().format(), model.inviteProperty().get());
        assertTrue(model.inviteProperty().get().startsWith("hearth://192.168.1.20:" + relay.port()), model.inviteProperty()::get);
        assertEquals(relay.fingerprint(), model.fingerprintProperty().get());
        assertEquals("Your group is open on port " + relay.port() + ". You have joined it in the main window.",
                model.statusProperty().get());
        assertEquals(List.of(relay.inviteHere()), joined, "the host joins at once, pinned to their relay's key");
        assertEquals("localhost", joined.getFirst().host());
        assertEquals(relay.fingerprint(), joined.getFirst().fingerprint());
    }

    @Test
    void withPortMappingOffTheWordsSaySoAtOnce() {
        HostingViewModel model = model();
        model.start();
        assertTrue(model.reachabilityProperty().get().startsWith("Friends on this network can join. The router is not"
                + " asked to open port " + started.getFirst().port()), model.reachabilityProperty()::get);
    }

    @Test
    void theWordsAndTheInviteFollowTheRouter() throws Exception {
        HostingViewModel model = model();
        model.start();
        HostedRelay relay = started.getFirst();
        Invite outside = Invite.tls("8.8.4.4", 7777, relay.fingerprint(), relay.password());
        model.apply(List.of(new HostingUpdate.Event(new HostEvent.Reach(
                new Reachability(true, address("8.8.4.4"), 7777, true, List.of()), relay.port(), outside))));
        assertEquals(outside.format(), model.inviteProperty().get());
        assertEquals("Friends anywhere can join: the router forwards 8.8.4.4:7777 to this computer.",
                model.reachabilityProperty().get());

        model.apply(List.of(new HostingUpdate.Event(new HostEvent.Reach(
                new Reachability(false, address("100.64.1.1"), 0, null, List.of()), relay.port(), relay.invite()))));
        assertTrue(model.reachabilityProperty().get().contains("carrier-grade NAT"), model.reachabilityProperty()::get);
    }

    @Test
    void copyPutsTheInviteOnTheClipboardUntilItChanges() {
        HostingViewModel model = model();
        model.copyInvite();
        assertEquals(List.of(), clipboard, "nothing to copy before the group is open");
        model.start();
        model.copyInvite();
        assertEquals(List.of(model.inviteProperty().get()), clipboard);
        assertTrue(model.copiedProperty().get());
    }

    @Test
    void stoppingTakesTheGroupOfflineAndFreesThePort() throws Exception {
        HostingViewModel model = model();
        model.start();
        int port = started.getFirst().port();
        model.stopNow();
        assertEquals(HostingViewModel.State.STOPPED, model.stateProperty().get());
        assertFalse(model.hosting());
        assertEquals("", model.inviteProperty().get());
        assertEquals("The group is offline.", model.statusProperty().get());
        try (Socket socket = new Socket()) {
            assertThrows(IOException.class, () -> socket.connect(new java.net.InetSocketAddress("localhost", port), 2_000));
        }
    }

    @Test
    void theSameInviteAfterStoppingAndStartingAgain() {
        options = options.withPort(freePort());
        HostingViewModel model = model();
        model.start();
        String first = model.inviteProperty().get();
        model.stop();
        model.start();
        assertEquals(first, model.inviteProperty().get());
    }

    @Test
    void aTakenPortIsSaidAndAnotherUsed() throws Exception {
        try (ServerSocket other = new ServerSocket(0)) {
            options = options.withPort(other.getLocalPort());
            HostingViewModel model = model();
            model.start();
            assertEquals("Port " + other.getLocalPort() + " is taken by another program, so the group listens on port "
                    + started.getFirst().port() + "; invites made before now do not reach it.", model.portNoteProperty().get());
        }
    }

    @Test
    void aRelayThatCannotStartSaysWhy() {
        HostingViewModel model = new HostingViewModel(events -> {
            throw new IOException("the disk is full");
        }, Runnable::run, Runnable::run, EN, joined::add, clipboard::add);
        model.start();
        assertEquals(HostingViewModel.State.FAILED, model.stateProperty().get());
        assertEquals("The group could not be opened: the disk is full", model.statusProperty().get());
        assertFalse(model.hosting());
        assertEquals(List.of(), joined);
    }

    @Test
    void stoppedWhileStartingTheRelayIsStoppedWhenItArrives() {
        java.util.ArrayDeque<Runnable> later = new java.util.ArrayDeque<>();
        HostingViewModel model = new HostingViewModel(events -> {
            HostedRelay relay = HostedRelay.start(dataDir, options, Clock.systemUTC(), (period, task) -> () -> { },
                    HOME, events);
            started.add(relay);
            return relay;
        }, later::add, Runnable::run, EN, joined::add, clipboard::add);
        model.start();
        model.stop();
        assertEquals(HostingViewModel.State.STOPPED, model.stateProperty().get());
        while (!later.isEmpty()) {
            later.poll().run(); // the start finishes only now, then the stop it leads to
        }
        assertEquals(HostingViewModel.State.STOPPED, model.stateProperty().get());
        assertEquals(List.of(), joined);
    }

    @Test
    void quittingWhileStartingStopsTheRelayEvenIfTheFxThreadNeverRunsAgain() throws Exception {
        java.util.ArrayDeque<Runnable> later = new java.util.ArrayDeque<>();
        List<Runnable> fxNeverRuns = new ArrayList<>();
        HostingViewModel model = new HostingViewModel(events -> {
            HostedRelay relay = HostedRelay.start(dataDir, options, Clock.systemUTC(), (period, task) -> () -> { },
                    HOME, events);
            started.add(relay);
            return relay;
        }, later::add, fxNeverRuns::add, EN, joined::add, clipboard::add);
        model.start();
        model.stopNow();
        later.poll().run(); // the start finishes after the app quit
        int port = started.getFirst().port();
        try (Socket socket = new Socket()) {
            assertThrows(IOException.class, () -> socket.connect(new java.net.InetSocketAddress("localhost", port), 2_000));
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertThrows(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable run) {
        org.junit.jupiter.api.Assertions.assertThrows(type, run);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
