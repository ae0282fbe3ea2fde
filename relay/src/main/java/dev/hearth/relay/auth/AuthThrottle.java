package dev.hearth.relay.auth;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins per remote address, in the spirit of Mumble's autoban: {@code limit} failures
 * within {@code window} refuse that address for {@code ban}.
 *
 * <p>Guarded by the router lock.
 */
public final class AuthThrottle {
    private static final class Record {
        final ArrayDeque<Long> failures = new ArrayDeque<>();
        boolean banned;
        long bannedUntil;

        boolean bannedAt(long now) {
            return banned && now - bannedUntil < 0;
        }
    }

    private final int limit;
    private final long windowNanos;
    private final long banNanos;
    private final LongSupplier nanoClock;
    private final Map<InetAddress, Record> byAddress = new HashMap<>();

    public AuthThrottle(int limit, Duration window, Duration ban, LongSupplier nanoClock) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.banNanos = ban.toNanos();
        this.nanoClock = nanoClock;
    }

    public boolean refuses(InetAddress address) {
        Record r = byAddress.get(address);
        return r != null && r.bannedAt(nanoClock.getAsLong());
    }

    public void recordFailure(InetAddress address) {
        long now = nanoClock.getAsLong();
        Record r = byAddress.computeIfAbsent(address, a -> new Record());
        r.failures.addLast(now);
        dropOld(r, now);
        if (r.failures.size() >= limit) {
            r.banned = true;
            r.bannedUntil = now + banNanos;
            r.failures.clear();
        }
    }

    /** Forgets addresses with nothing recent, so the map stays as small as the current attack. */
    public void prune() {
        long now = nanoClock.getAsLong();
        byAddress.values().removeIf(r -> {
            dropOld(r, now);
            return r.failures.isEmpty() && !r.bannedAt(now);
        });
    }

    private void dropOld(Record r, long now) {
        while (!r.failures.isEmpty() && now - r.failures.peekFirst() > windowNanos) {
            r.failures.removeFirst();
        }
    }
}
