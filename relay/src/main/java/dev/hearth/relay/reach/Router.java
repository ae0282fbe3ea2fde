package dev.hearth.relay.reach;

import java.net.InetAddress;
import java.time.Duration;

/**
 * A home router that answered one of the port-mapping protocols, behind our own interface so the
 * library that speaks to it can be replaced without touching the relay. Calls block on the
 * network for seconds; run them off any thread that serves people.
 */
interface Router {

    MappingProtocol protocol();

    /** Asks for {@code port} outside to reach {@code port} here for {@code lease}. */
    Lease map(int port, Duration lease) throws RouterRefusal, InterruptedException;

    /** The same mapping again before it runs out; a router may move it to another external port. */
    Lease renew(Lease current, Duration lease) throws RouterRefusal, InterruptedException;

    /** Removes the mapping; best effort, a router that no longer answers lets it lapse. */
    void unmap(Lease lease) throws InterruptedException;

    /** A mapping the router granted. {@code lifetime} zero means until removed. */
    interface Lease {
        InetAddress externalAddress();

        int externalPort();

        Duration lifetime();
    }

    /** The router answered but would not map: the message says why, in words for the host. */
    final class RouterRefusal extends Exception {
        private static final long serialVersionUID = 1L;

        RouterRefusal(String reason) {
            super(reason);
        }
    }
}
