package dev.hearth.relay.net;

import dev.hearth.protocol.ErrorCode;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live connections and their admission. A new connection is refused when its address or its
 * network (IPv4 /24, IPv6 /64) has as many connections as it may. Connections that have not logged
 * in yet have a small budget of their own: when it is full, the oldest of them is closed to make
 * way, so half-open connections cannot fill the relay and a friend's new connection always gets a
 * chance; while more than half of it is taken, newcomers get a shorter login deadline. How many
 * may log in is the router's to say ({@code relay-full}), since a resuming session needs no room.
 *
 * <p>Thread-safe: admission state under {@code this}, the live set concurrent.
 */
final class ConnectionRegistry {
    /** How a new connection was admitted. */
    sealed interface Admission {
        /** @param loginDeadline how long it has to log in; @param evicted a waiting connection to close, or null */
        record Admitted(Duration loginDeadline, Connection evicted) implements Admission {}

        record Refused(ErrorCode code) implements Admission {}
    }

    private final int maxPerAddress;
    private final int maxPerNetwork;
    private final int maxPending;
    private final Duration helloTimeout;
    private final Duration helloTimeoutUnderLoad;
    private final Set<Connection> live = ConcurrentHashMap.newKeySet();
    // Guarded by this
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    // Guarded by this
    private final Map<NetworkPrefix, Integer> perNetwork = new HashMap<>();
    // Guarded by this: admitted, not logged in yet, oldest first
    private final SequencedSet<Connection> pending = new LinkedHashSet<>();

    ConnectionRegistry(int maxPerAddress, int maxPerNetwork, int maxPending, Duration helloTimeout,
            Duration helloTimeoutUnderLoad) {
        this.maxPerAddress = maxPerAddress;
        this.maxPerNetwork = maxPerNetwork;
        this.maxPending = maxPending;
        this.helloTimeout = helloTimeout;
        this.helloTimeoutUnderLoad = helloTimeoutUnderLoad;
    }

    /** Counts a new connection in, or says why it is refused (then it is not counted). */
    synchronized Admission admit(Connection connection) {
        InetAddress address = connection.address();
        NetworkPrefix network = NetworkPrefix.of(address);
        if (perAddress.getOrDefault(address, 0) >= maxPerAddress
                || perNetwork.getOrDefault(network, 0) >= maxPerNetwork) {
            return new Admission.Refused(ErrorCode.TOO_MANY_CONNECTIONS);
        }
        Connection evicted = pending.size() >= maxPending ? pending.removeFirst() : null;
        perAddress.merge(address, 1, Integer::sum);
        perNetwork.merge(network, 1, Integer::sum);
        pending.addLast(connection);
        boolean underLoad = pending.size() > maxPending / 2;
        return new Admission.Admitted(underLoad ? helloTimeoutUnderLoad : helloTimeout, evicted);
    }

    /** The connection logged in: it no longer counts against the budget of waiting connections. */
    synchronized void loggedIn(Connection connection) {
        pending.remove(connection);
    }

    /** Counts an admitted connection out again. */
    synchronized void release(Connection connection) {
        pending.remove(connection);
        perAddress.computeIfPresent(connection.address(), (a, n) -> n == 1 ? null : n - 1);
        perNetwork.computeIfPresent(NetworkPrefix.of(connection.address()), (a, n) -> n == 1 ? null : n - 1);
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    void track(Connection connection) {
        live.add(connection);
    }

    synchronized void untrack(Connection connection) {
        live.remove(connection);
        notifyAll();
    }

    List<Connection> live() {
        return List.copyOf(live);
    }

    /** Waits until every connection is gone, or {@code timeout} has passed; true when all are gone. */
    synchronized boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!live.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
