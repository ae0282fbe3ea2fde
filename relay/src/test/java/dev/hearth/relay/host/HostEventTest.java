package dev.hearth.relay.host;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.reach.Reachability;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostEventTest {

    private static final Invite INVITE = Invite.tls("192.168.1.20", 7777, "sha256:" + "A".repeat(43), "secret-pw");

    @Test
    void friendsOutsideGetInOnlyThroughAForwardedPublicAddress() throws Exception {
        InetAddress publicAddress = InetAddress.getByName("8.8.4.4");
        assertTrue(reach(true, publicAddress).reachableFromOutside());
        assertFalse(reach(false, publicAddress).reachableFromOutside(), "not forwarded");
        assertFalse(reach(true, InetAddress.getByName("100.64.0.9")).reachableFromOutside(), "carrier-grade NAT");
        assertFalse(reach(false, null).reachableFromOutside(), "no router answered");
    }

    @Test
    void neitherTheLinesNorTheRecordSayThePassword() throws Exception {
        HostEvent.Reach reach = reach(true, InetAddress.getByName("8.8.4.4"));
        assertFalse(String.join("\n", reach.lines()).contains("secret-pw"));
        assertFalse(reach.toString().contains("secret-pw"), reach::toString);
    }

    private static HostEvent.Reach reach(boolean mapped, InetAddress external) {
        return new HostEvent.Reach(new Reachability(mapped, external, 7777, null, List.of()), 7777, INVITE);
    }
}
