package dev.hearth.relay.net;

import dev.hearth.protocol.ErrorCode;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live connections: admission against the total and per-address caps, and the set the watchdog
 * and shutdown walk over.
 *
 * <p>Thread-safe: admission counters under {@code this}, the live set concurrent.
 */
final class ConnectionRegistry {
    private final int maxTotal;
    private final int maxPerAddress;
    private final Set<Connection> live = ConcurrentHashMap.newKeySet();
    // Guarded by this
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    // Guarded by this
    private int total;

    ConnectionRegistry(int maxTotal, int maxPerAddress) {
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts a new connection in, or says why it is refused (then it is not counted). */
    synchronized ErrorCode admit(InetAddress address) {
        if (total >= maxTotal) {
            return ErrorCode.RELAY_FULL;
        }
        if (perAddress.getOrDefault(address, 0) >= maxPerAddress) {
            return ErrorCode.TOO_MANY_CONNECTIONS;
        }
        total++;
        perAddress.merge(address, 1, Integer::sum);
        return null;
    }

    synchronized void release(InetAddress address) {
        total--;
        perAddress.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
    }

    void track(Connection connection) {
        live.add(connection);
    }

    void untrack(Connection connection) {
        live.remove(connection);
    }

    List<Connection> live() {
        return List.copyOf(live);
    }

    boolean isEmpty() {
        return live.isEmpty();
    }
}
