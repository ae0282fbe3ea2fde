package dev.hearth.relay.host;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.reach.MappingOutcome;
import dev.hearth.relay.reach.NatVerdict;
import dev.hearth.relay.reach.Reachability;
import java.util.List;
import java.util.Objects;

/**
 * What a hosted relay has to say after it started, each in English words for a log; an app that
 * speaks other languages says the same from the fields. None carries the password.
 */
public sealed interface HostEvent {

    /** One or more lines for a log. */
    List<String> lines();

    /** The wanted port was taken by another program, so the relay listens on {@code used}. */
    record PortTaken(int wanted, int used) implements HostEvent {
        @Override
        public List<String> lines() {
            return List.of("port " + wanted + " is taken by another program; the group listens on port " + used
                    + " instead (invites made before now do not reach it)");
        }
    }

    /** A step of asking the router for the port (mapped, refused, renewed, removed, off). */
    record Mapping(MappingOutcome outcome) implements HostEvent {
        public Mapping {
            Objects.requireNonNull(outcome);
        }

        @Override
        public List<String> lines() {
            return List.of(outcome.describe());
        }
    }

    /**
     * What friends outside can expect, once the router answered (or did not).
     *
     * @param invite the invite now: at the router's public address when the router forwards the
     *     port there, else at this machine's address on the local network
     */
    record Reach(Reachability reachability, int relayPort, Invite invite) implements HostEvent {
        public Reach {
            Objects.requireNonNull(reachability);
            Objects.requireNonNull(invite);
        }

        public NatVerdict verdict() {
            return reachability.verdict();
        }

        /** Whether friends outside this network can be expected to get in through the router. */
        public boolean reachableFromOutside() {
            return reachability.mapped() && verdict() == NatVerdict.PUBLIC_ADDRESS;
        }

        @Override
        public List<String> lines() {
            return reachability.lines(relayPort);
        }

        @Override
        public String toString() {
            return "Reach[" + verdict() + ", mapped=" + reachability.mapped() + ", " + invite.host() + ":"
                    + invite.port() + "]";
        }
    }

    /** What the announcement on the local network came to. */
    record Lan(String line) implements HostEvent {
        public Lan {
            Objects.requireNonNull(line);
        }

        @Override
        public List<String> lines() {
            return List.of(line);
        }
    }
}
