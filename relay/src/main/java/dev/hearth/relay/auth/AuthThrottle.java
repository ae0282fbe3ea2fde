package dev.hearth.relay.auth;

import dev.hearth.relay.net.NetworkPrefix;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins, in the spirit of Mumble's autoban, counted per network (IPv4 /24, IPv6 /64) so
 * that many addresses of one network are one guesser: {@code limit} failures within
 * {@code window} refuse that network for {@code ban}. On top, a relay-wide count: once
 * {@code relayWideLimit} logins failed within the window, from wherever, every network with a
 * recent failure is refused until the count drops, so an attacker with many networks gets one
 * guess per network. A network with no failures is still let try, so a friend with the right
 * password gets in during an attack.
 *
 * <p>Guarded by the router lock.
 */
public final class AuthThrottle {
    /** Networks remembered at most; past it the longest-known is forgotten, to bound memory under attack. */
    static final int MAX_NETWORKS = 10_000;

    private static final class Record {
        final ArrayDeque<Long> failures = new ArrayDeque<>();
        boolean banned;
        long bannedUntil;

        boolean bannedAt(long now) {
            return banned && now - bannedUntil < 0;
        }
    }

    private final int limit;
    private final int relayWideLimit;
    private final long windowNanos;
    private final long banNanos;
    private final LongSupplier nanoClock;
    private final Map<NetworkPrefix, Record> byNetwork = new LinkedHashMap<>();
    /** The times of the latest {@code relayWideLimit} failures from anywhere, oldest first. */
    private final ArrayDeque<Long> latestFailures = new ArrayDeque<>();

    public AuthThrottle(int limit, int relayWideLimit, Duration window, Duration ban, LongSupplier nanoClock) {
        this.limit = limit;
        this.relayWideLimit = relayWideLimit;
        this.windowNanos = window.toNanos();
        this.banNanos = ban.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a login from {@code address} is refused without looking at its password. */
    public boolean refuses(InetAddress address) {
        Record r = byNetwork.get(NetworkPrefix.of(address));
        if (r == null) {
            return false;
        }
        long now = nanoClock.getAsLong();
        if (r.bannedAt(now)) {
            return true;
        }
        dropOld(r, now);
        return underAttack(now) && !r.failures.isEmpty();
    }

    public void recordFailure(InetAddress address) {
        long now = nanoClock.getAsLong();
        latestFailures.addLast(now);
        if (latestFailures.size() > relayWideLimit) {
            latestFailures.removeFirst();
        }
        NetworkPrefix network = NetworkPrefix.of(address);
        Record r = byNetwork.get(network);
        if (r == null) {
            if (byNetwork.size() >= MAX_NETWORKS) {
                prune();
            }
            if (byNetwork.size() >= MAX_NETWORKS) {
                byNetwork.remove(byNetwork.keySet().iterator().next());
            }
            r = new Record();
            byNetwork.put(network, r);
        }
        r.failures.addLast(now);
        dropOld(r, now);
        if (r.failures.size() >= limit) {
            r.banned = true;
            r.bannedUntil = now + banNanos;
            r.failures.clear();
        }
    }

    /** Whether as many logins as the relay-wide limit failed within the window. */
    public boolean underAttack() {
        return underAttack(nanoClock.getAsLong());
    }

    /** Forgets networks with nothing recent, so the map stays as small as the current attack. */
    public void prune() {
        long now = nanoClock.getAsLong();
        byNetwork.values().removeIf(r -> {
            dropOld(r, now);
            return r.failures.isEmpty() && !r.bannedAt(now);
        });
    }

    private boolean underAttack(long now) {
        return latestFailures.size() >= relayWideLimit && now - latestFailures.peekFirst() <= windowNanos;
    }

    private void dropOld(Record r, long now) {
        while (!r.failures.isEmpty() && now - r.failures.peekFirst() > windowNanos) {
            r.failures.removeFirst();
        }
    }
}
