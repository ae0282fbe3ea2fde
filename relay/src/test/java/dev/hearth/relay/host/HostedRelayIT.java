package dev.hearth.relay.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.reach.MappingOutcome;
import dev.hearth.relay.reach.PortMappingMode;
import dev.hearth.relay.tls.PinnedTrustManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay the desktop app hosts, over real TLS sockets: the same relay as the command line's. */
class HostedRelayIT {

    private static final HostOptions QUIET = HostOptions.defaults().withPort(0)
            .withPortMapping(PortMappingMode.OFF).withLanAnnounce(false);
    private static final ThisMachine HOME = new ThisMachine(
            () -> List.of(address("fe80::1"), address("192.168.1.20"), address("2001:db8::7")), () -> "den");

    @TempDir
    Path dataDir;
    private final LinkedBlockingQueue<HostEvent> events = new LinkedBlockingQueue<>();

    private HostedRelay start(HostOptions options) throws Exception {
        return HostedRelay.start(dataDir, options, Clock.systemUTC(), (period, task) -> () -> { }, HOME, events::add);
    }

    @Test
    void friendsWithTheInviteLogInPinnedAndTalk() throws Exception {
        try (HostedRelay host = start(QUIET)) {
            Invite invite = host.invite();
            assertEquals("192.168.1.20", invite.host(), "this machine's home network address until the router answers");
            assertEquals(host.port(), invite.port());
            assertEquals(host.fingerprint(), invite.fingerprint());
            assertEquals(host.password(), invite.password(), "the invite is the key");
            assertEquals(new Invite("localhost", host.port(), host.fingerprint(), host.password()), host.inviteHere());

            SSLContext pinned = PinnedTrustManager.clientContext(invite.fingerprint(), "TLS");
            try (TestClient me = TestClient.tls(host.port(), pinned);
                 TestClient friend = TestClient.tls(host.port(), pinned)) {
                me.login("host", invite.password());
                friend.login("friend", invite.password());
                me.join("lobby");
                friend.join("lobby");
                me.say("lobby", "welcome", "h1");
                assertEquals("welcome", friend.next("message").path("text").asText());
            }
        }
    }

    @Test
    void aMachineWithOnlyIpv6InvitesAtItsIpv6Address() throws Exception {
        ThisMachine ipv6Only = new ThisMachine(() -> List.of(address("fd00::5")), () -> null);
        try (HostedRelay host = HostedRelay.start(dataDir, QUIET, Clock.systemUTC(), (period, task) -> () -> { },
                ipv6Only, events::add)) {
            assertEquals("fd00::5", host.invite().host());
            assertTrue(host.invite().format().startsWith("hearth://[fd00::5]:" + host.port() + "?"), host.invite()::format);
            assertEquals(host.invite(), Invite.parse(host.invite().format()));
        }
    }

    @Test
    void keyAndPasswordAreTheSameOnEveryStartSoInvitesKeepWorking() throws Exception {
        Invite first;
        try (HostedRelay host = start(QUIET)) {
            first = host.invite();
        }
        try (HostedRelay again = start(QUIET)) {
            assertEquals(first.fingerprint(), again.fingerprint());
            assertEquals(first.password(), again.password());
        }
    }

    @Test
    void stoppingTellsEveryoneShuttingDown() throws Exception {
        HostedRelay host = start(QUIET);
        try (TestClient friend = TestClient.tls(host.port(),
                PinnedTrustManager.clientContext(host.fingerprint(), "TLS"))) {
            friend.login("friend", host.password());
            host.stop();
            friend.expectError("shutting-down");
            assertTrue(friend.closedByRelay());
        }
        host.stop(); // again: nothing happens
    }

    @Test
    void aTakenPortIsReplacedByAFreeOneAndSaidSo() throws Exception {
        try (ServerSocket other = new ServerSocket(0);
             HostedRelay host = start(QUIET.withPort(other.getLocalPort()))) {
            assertNotEquals(other.getLocalPort(), host.port());
            assertEquals(new HostEvent.PortTaken(other.getLocalPort(), host.port()), next());
            assertEquals(host.port(), host.invite().port());
        }
    }

    @Test
    void portMappingOffIsReportedAndNothingSaysThePassword() throws Exception {
        try (HostedRelay host = start(QUIET)) {
            HostEvent event = next();
            assertEquals(new HostEvent.Mapping(new MappingOutcome.Off()), event);
            assertFalse(String.join("\n", event.lines()).contains(host.password()));
            assertFalse(host.toString().contains(host.password()), host::toString);
        }
    }

    private HostEvent next() throws InterruptedException {
        HostEvent event = events.poll(TestClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + TestClient.WAIT);
        }
        return event;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
