package dev.hearth.relay.cli;

import dev.hearth.relay.reach.AddressText;
import dev.hearth.relay.reach.MappingOutcome;
import dev.hearth.relay.reach.NatVerdict;
import dev.hearth.relay.reach.PortMapping;
import dev.hearth.relay.reach.Reachability;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Says what the router answered and what that means for friends outside: each outcome one line
 * in the log, and, when the host gave no {@code --public-host}, the invite with the router's
 * public address (and one over IPv6) on stdout, where the first invite was. From then on the
 * password watch prints invites with that address too.
 */
final class ReachabilityReport implements PortMapping.Listener {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean hostChosen;
    private final int relayPort;
    private final AtomicReference<InviteMaker> invites;
    private final Supplier<String> password;

    /**
     * @param hostChosen the host gave {@code --public-host}: their name stays in the invite
     * @param invites the invite maker the relay's other lines use; replaced once the public
     *     address is known
     * @param password the door password now, or null for an open relay
     */
    ReachabilityReport(PrintWriter out, PrintWriter err, boolean hostChosen, int relayPort,
            AtomicReference<InviteMaker> invites, Supplier<String> password) {
        this.out = out;
        this.err = err;
        this.hostChosen = hostChosen;
        this.relayPort = relayPort;
        this.invites = invites;
        this.password = password;
    }

    @Override
    public void outcome(MappingOutcome outcome) {
        if (outcome instanceof MappingOutcome.Removed) {
            // Said while the process stops, when java.util.logging may already have shut its handlers
            // (see SignalLifecycle): the console writer still works.
            err.println("hearth-relay: " + outcome.describe());
            err.flush();
            return;
        }
        System.Logger.Level level = switch (outcome) {
            case MappingOutcome.Refused refused -> System.Logger.Level.WARNING;
            case MappingOutcome.RenewalFailed failed -> System.Logger.Level.WARNING;
            default -> System.Logger.Level.INFO;
        };
        LOG.log(level, outcome.describe());
    }

    @Override
    public void reachability(Reachability reachability) {
        for (String line : reachability.lines(relayPort)) {
            LOG.log(reachability.verdict() == NatVerdict.PUBLIC_ADDRESS || reachability.verdict() == NatVerdict.UNKNOWN
                    ? System.Logger.Level.INFO : System.Logger.Level.WARNING, line);
        }
        if (hostChosen) {
            return;
        }
        if (reachability.mapped() && reachability.verdict() == NatVerdict.PUBLIC_ADDRESS) {
            InviteMaker outside = invites.updateAndGet(maker -> maker.at(host(reachability.external()),
                    reachability.port()));
            print("invite for friends outside: " + outside.invite(password.get()).format());
        }
        for (InetAddress ipv6 : reachability.globalIpv6()) {
            print("invite over IPv6: " + invites.get().at(host(ipv6), relayPort).invite(password.get()).format());
        }
    }

    private void print(String line) {
        out.println("hearth-relay " + Version.current() + " " + line);
        out.flush();
    }

    private static String host(InetAddress address) {
        return AddressText.of(address);
    }
}
