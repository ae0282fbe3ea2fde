package dev.hearth.relay.reach;

import dev.hearth.relay.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The relay's port on the home router: found, mapped, renewed at half its lease, removed when the
 * relay stops. All of it happens on one virtual thread of its own and the {@link Scheduler}'s, so
 * a router that is slow or silent never delays the relay's start or anyone's messages.
 */
public final class PortMapping implements AutoCloseable {

    /** What the relay asks for; NAT-PMP's RFC recommends two hours, and it is the same for UPnP. */
    public static final Duration DEFAULT_LEASE = Duration.ofHours(2);
    private static final Duration REMOVAL_WAIT = Duration.ofSeconds(5);

    /** Hears every step, on the mapping's own threads. */
    public interface Listener {
        void outcome(MappingOutcome outcome);

        /** Once, after the first outcome: what the host can expect from outside. */
        void reachability(Reachability reachability);
    }

    private final PortMappingMode mode;
    private final int port;
    private final Duration lease;
    private final Scheduler scheduler;
    private final Listener listener;
    private final Object lock = new Object();
    // Guarded by lock
    private RouterSearch search;
    // Guarded by lock
    private Router router;
    // Guarded by lock
    private Router.Lease current;
    // Guarded by lock
    private Scheduler.Repeating renewal;
    // Guarded by lock
    private boolean closed;
    private Thread worker;

    private PortMapping(PortMappingMode mode, int port, Duration lease, Scheduler scheduler, Listener listener) {
        this.mode = mode;
        this.port = port;
        this.lease = lease;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    /** Starts asking at once and returns at once; {@code off} only reports that it is off. */
    public static PortMapping start(PortMappingMode mode, int port, Duration lease, Scheduler scheduler,
            Listener listener) {
        Objects.requireNonNull(listener);
        if (lease.isNegative() || lease.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("lease out of range: " + lease);
        }
        PortMapping mapping = new PortMapping(mode, port, lease, scheduler, listener);
        if (mode == PortMappingMode.OFF) {
            listener.outcome(new MappingOutcome.Off());
        } else {
            mapping.worker = Thread.ofVirtual().name("hearth-port-mapping").start(mapping::map);
        }
        return mapping;
    }

    private void map() {
        RouterSearch opened = new RouterSearch();
        synchronized (lock) {
            if (closed) {
                opened.close();
                return;
            }
            search = opened;
        }
        try {
            RouterSearch.Found found = opened.find(mode);
            List<MappingOutcome.Refused> refusals = new ArrayList<>(found.refusals());
            for (Router candidate : found.routers()) {
                try {
                    Router.Lease granted = candidate.map(port, lease);
                    MappingOutcome.Mapped mapped = new MappingOutcome.Mapped(candidate.protocol(),
                            granted.externalAddress(), granted.externalPort(), granted.lifetime());
                    if (!keep(candidate, granted)) {
                        candidate.unmap(granted);
                        return;
                    }
                    listener.outcome(mapped);
                    listener.reachability(Reachability.check(mapped, mapped.externalAddress()));
                    return;
                } catch (Router.RouterRefusal refusal) {
                    refusals.add(new MappingOutcome.Refused(candidate.protocol(), refusal.getMessage()));
                }
            }
            MappingOutcome failed = refusals.isEmpty() ? new MappingOutcome.NoRouter(mode.protocols())
                    : new MappingOutcome.Refused(refusals.getFirst().protocol(), refusals.stream()
                            .map(r -> (r == refusals.getFirst() ? "" : r.protocol().displayName() + ": ") + r.reason())
                            .collect(Collectors.joining("; ")));
            listener.outcome(failed);
            listener.reachability(Reachability.check(failed, found.externalAddress()));
        } catch (InterruptedException e) {
            // Closed while asking: nothing was mapped, so nothing is left to remove.
        }
    }

    /** Records the lease unless the relay stopped meanwhile, in which case the caller removes it. */
    private boolean keep(Router granter, Router.Lease granted) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            router = granter;
            current = granted;
            if (!granted.lifetime().isZero()) {
                Duration period = granted.lifetime().dividedBy(2);
                renewal = scheduler.every(period.isZero() ? Duration.ofSeconds(1) : period, this::renew);
            }
            return true;
        }
    }

    private void renew() {
        Router renewing;
        Router.Lease old;
        synchronized (lock) {
            if (closed || current == null) {
                return;
            }
            renewing = router;
            old = current;
        }
        try {
            Router.Lease renewed = renewing.renew(old, lease);
            synchronized (lock) {
                if (closed) {
                    return;
                }
                current = renewed;
            }
            listener.outcome(new MappingOutcome.Renewed(renewing.protocol(), renewed.externalAddress(),
                    renewed.externalPort()));
        } catch (Router.RouterRefusal refusal) {
            listener.outcome(new MappingOutcome.RenewalFailed(renewing.protocol(), refusal.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops renewing, removes the mapping (waiting a few seconds at most for the router), idempotent. */
    @Override
    public void close() {
        Router removing;
        Router.Lease removed;
        RouterSearch opened;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (renewal != null) {
                renewal.close();
            }
            removing = router;
            removed = current;
            opened = search;
        }
        if (worker != null) {
            worker.interrupt();
        }
        if (removed != null) {
            Thread unmap = Thread.ofVirtual().name("hearth-port-unmapping").start(() -> {
                try {
                    removing.unmap(removed);
                    listener.outcome(new MappingOutcome.Removed(removing.protocol(), removed.externalAddress(),
                            removed.externalPort()));
                } catch (InterruptedException e) {
                    // Out of time: the router drops the mapping when its lease ends.
                }
            });
            try {
                if (!unmap.join(REMOVAL_WAIT)) {
                    unmap.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (opened != null) {
            opened.close();
        }
    }
}
