package dev.hearth.relay.reach;

import com.offbynull.portmapper.mapper.MappedPort;
import com.offbynull.portmapper.mapper.PortMapper;
import com.offbynull.portmapper.mapper.PortType;
import java.net.InetAddress;
import java.time.Duration;

/** A {@link Router} spoken to through the portmapper library: NAT-PMP or PCP. */
final class LibraryRouter implements Router {

    private final MappingProtocol protocol;
    private final PortMapper mapper;

    LibraryRouter(MappingProtocol protocol, PortMapper mapper) {
        this.protocol = protocol;
        this.mapper = mapper;
    }

    @Override
    public MappingProtocol protocol() {
        return protocol;
    }

    @Override
    public Lease map(int port, Duration lease) throws RouterRefusal, InterruptedException {
        try {
            return new LibraryLease(mapper.mapPort(PortType.TCP, port, port, lease.toSeconds()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new RouterRefusal(reason(e));
        }
    }

    @Override
    public Lease renew(Lease current, Duration lease) throws RouterRefusal, InterruptedException {
        try {
            return new LibraryLease(mapper.refreshPort(((LibraryLease) current).port(), lease.toSeconds()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new RouterRefusal(reason(e));
        }
    }

    @Override
    public void unmap(Lease lease) throws InterruptedException {
        try {
            mapper.unmapPort(((LibraryLease) lease).port());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The router forgot it or went away; either way the lease lapses on its own.
        }
    }

    /**
     * The library says "No response/invalid response to mapping" both for silence and for an
     * error answer; the router did answer discovery, so it is a refusal either way.
     */
    static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (message.startsWith("No response")) {
            return "it refused or ignored the request to map the port";
        }
        // The library gives up without a word on answers it cannot parse: say that rather than
        // "an error: " and nothing.
        return message.isEmpty() ? "it answered in a way the relay could not read (" + e.getClass().getSimpleName()
                + ")" : "it answered with an error: " + message;
    }

    private record LibraryLease(MappedPort port) implements Lease {
        @Override
        public InetAddress externalAddress() {
            return port.getExternalAddress();
        }

        @Override
        public int externalPort() {
            return port.getExternalPort();
        }

        @Override
        public Duration lifetime() {
            return Duration.ofSeconds(port.getLifetime());
        }
    }
}
