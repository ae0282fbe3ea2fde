package dev.hearth.relay.reach;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What asking the router for the relay's port came to; each says itself in one line. */
public sealed interface MappingOutcome {

    /** The line for the log and for {@code hearth-relay doctor}. */
    String describe();

    /** {@code --port-mapping off}. */
    record Off() implements MappingOutcome {
        @Override
        public String describe() {
            return "port mapping: off (--port-mapping off)";
        }
    }

    /** The router forwards {@code externalAddress:externalPort} to the relay for {@code lease}. */
    record Mapped(MappingProtocol protocol, InetAddress externalAddress, int externalPort, Duration lease)
            implements MappingOutcome {
        public Mapped {
            Objects.requireNonNull(protocol);
            Objects.requireNonNull(externalAddress);
            if (externalPort < 1 || externalPort > 65_535) {
                throw new IllegalArgumentException("external port out of range: " + externalPort);
            }
            Objects.requireNonNull(lease);
        }

        @Override
        public String describe() {
            return "port mapping: mapped " + PublicAddresses.hostAndPort(externalAddress, externalPort) + " by "
                    + protocol.displayName() + (lease.isZero() ? ", permanent until the relay stops"
                    : ", renewed every " + Durations.words(lease.dividedBy(2)));
        }
    }

    /** A router answered and would not map the port. */
    record Refused(MappingProtocol protocol, String reason) implements MappingOutcome {
        public Refused {
            Objects.requireNonNull(protocol);
            Objects.requireNonNull(reason);
        }

        @Override
        public String describe() {
            return "port mapping: the router said no (" + protocol.displayName() + ": " + reason + ")";
        }
    }

    /** Nobody answered any protocol asked. */
    record NoRouter(List<MappingProtocol> asked) implements MappingOutcome {
        public NoRouter {
            asked = List.copyOf(asked);
        }

        @Override
        public String describe() {
            return "port mapping: no router answered ("
                    + asked.stream().map(MappingProtocol::displayName).collect(Collectors.joining(", "))
                    + "); forward the port by hand, see docs/self-hosting.md";
        }
    }

    /**
     * A renewal the router granted: one line each time (hourly with the default lease), so the log
     * shows the lease is alive.
     */
    record Renewed(MappingProtocol protocol, InetAddress externalAddress, int externalPort) implements MappingOutcome {
        @Override
        public String describe() {
            return "port mapping: renewed " + PublicAddresses.hostAndPort(externalAddress, externalPort) + " by "
                    + protocol.displayName();
        }
    }

    /** The router did not renew; the relay asks again at the next renewal time. */
    record RenewalFailed(MappingProtocol protocol, String reason) implements MappingOutcome {
        @Override
        public String describe() {
            return "port mapping: renewal failed (" + protocol.displayName() + ": " + reason
                    + "); the relay asks again, and the mapping lapses if the router keeps saying no";
        }
    }

    /** The relay took its mapping away on the way out. */
    record Removed(MappingProtocol protocol, InetAddress externalAddress, int externalPort) implements MappingOutcome {
        @Override
        public String describe() {
            return "port mapping: removed " + PublicAddresses.hostAndPort(externalAddress, externalPort) + " ("
                    + protocol.displayName() + ")";
        }
    }
}
