package dev.hearth.relay.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * One run of the load tool: sessions connect and join (at most {@code connectConcurrency} at
 * once), the traffic the plan asks for flows, deliveries still under way drain, and the totals
 * become a {@link BenchReport}. A progress line goes to {@code progress} every second. Every phase
 * ends by itself: by count, by the plan's duration, or by its timeout.
 */
final class BenchRun {
    /** Deliveries that make no progress for this long after the last send are not coming. */
    private static final long STALLED_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Join announcements have settled once none arrived for this long. */
    private static final long SETTLED_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** Stay this far under the relay's announced rate: its bucket and ours run on different clocks. */
    private static final double RATE_MARGIN = 0.95;

    private final BenchPlan plan;
    private final PrintWriter progress;
    private final BenchTotals totals = new BenchTotals();
    private final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
    private volatile String phase = "connecting";

    BenchRun(BenchPlan plan, PrintWriter progress) {
        this.plan = plan;
        this.progress = progress;
    }

    BenchReport run() throws InterruptedException {
        BenchTls tls = plan.target().tls() ? new BenchTls(plan.target().fingerprint()) : null;
        Thread ticker = Thread.ofVirtual().name("bench-progress").start(this::reportProgress);
        List<BenchConnection> ready = new ArrayList<>();
        try {
            long setupStart = System.nanoTime();
            ready.addAll(connectAll(tls));
            double setupSeconds = seconds(System.nanoTime() - setupStart);
            phase = "settling";
            settle();
            phase = "traffic";
            long trafficStart = System.nanoTime();
            traffic(ready);
            phase = "draining";
            drain();
            double trafficSeconds = seconds(System.nanoTime() - trafficStart);
            return report(ready.size(), setupSeconds, trafficSeconds, tls);
        } finally {
            phase = "closing";
            ready.forEach(BenchConnection::close);
            ticker.interrupt();
        }
    }

    private List<BenchConnection> connectAll(BenchTls tls) throws InterruptedException {
        ConcurrentLinkedQueue<BenchConnection> ready = new ConcurrentLinkedQueue<>();
        Semaphore slots = new Semaphore(plan.connectConcurrency());
        long deadline = System.nanoTime() + plan.setupTimeout().toNanos();
        try (ExecutorService connecting = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < plan.sessions(); i++) {
                String room = plan.rooms() == 0 ? null : "bench" + tag + "r" + (i % plan.rooms());
                BenchConnection connection = new BenchConnection(i, "b" + tag + "n" + i, room, plan.target(), tls, totals);
                if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    totals.error("setup-timeout");
                    break;
                }
                connecting.submit(() -> {
                    try {
                        if (connection.open(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                            ready.add(connection);
                        } else if (connection.refusal() == null) {
                            totals.error("setup-timeout");
                            connection.close();
                        } else {
                            connection.close();
                        }
                    } catch (IOException e) {
                        totals.error("connect-failed");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        List<BenchConnection> sorted = new ArrayList<>(ready);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return sorted;
    }

    /** Waits for the storm of join announcements to pass, so it is not measured as traffic. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + plan.setupTimeout().toNanos();
        long last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = totals.presence.sum();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= SETTLED_NANOS) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private void traffic(List<BenchConnection> ready) throws InterruptedException {
        Map<String, Integer> members = new HashMap<>();
        ready.forEach(c -> {
            if (c.room() != null) {
                members.merge(c.room(), 1, Integer::sum);
            }
        });
        switch (plan.shape()) {
            case IDLE -> Thread.sleep(plan.duration().toMillis());
            case AS_FAST_AS_ALLOWED -> {
                try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (BenchConnection c : ready) {
                        senders.submit(() -> sendAsAllowed(c, members.get(c.room()) - 1));
                    }
                }
            }
            case FIXED_RATE -> {
                // Message j of rate x duration goes at start + j / rate, from session j mod N.
                long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
                long total = plan.totalRate() * plan.duration().toSeconds();
                try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int i = 0; i < ready.size(); i++) {
                        BenchConnection c = ready.get(i);
                        int first = i;
                        senders.submit(() -> sendAtRate(c, members.get(c.room()) - 1, start, first, ready.size(), total));
                    }
                }
            }
        }
    }

    /** {@code messagesEach} messages, paced a little under the relay's announced rate and burst. */
    private void sendAsAllowed(BenchConnection c, int others) {
        double perNano = c.ratePerSecond() * RATE_MARGIN / 1e9;
        double capacity = Math.max(1, c.burst() * RATE_MARGIN);
        double tokens = capacity;
        long refilled = System.nanoTime();
        for (int k = 0; k < plan.messagesEach(); k++) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilled) * perNano);
            refilled = now;
            if (tokens < 1) {
                c.flush();
                LockSupport.parkNanos((long) Math.ceil((1 - tokens) / perNano));
                now = System.nanoTime();
                tokens = Math.min(capacity, tokens + (now - refilled) * perNano);
                refilled = now;
            }
            tokens -= 1;
            send(c, k, others, tokens < 1 || k == plan.messagesEach() - 1);
        }
        c.flush();
    }

    private void sendAtRate(BenchConnection c, int others, long start, long first, int step, long total) {
        int k = 0;
        for (long j = first; j < total; j += step, k++) {
            long wait = start + Math.round(j * 1e9 / plan.totalRate()) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(c, k, others, true);
        }
    }

    private void send(BenchConnection c, int k, int others, boolean flush) {
        totals.expected.add(others);
        totals.sent.increment();
        c.say("m" + k, SentText.of(c.index(), System.nanoTime(), plan.textBytes()), flush);
    }

    private void drain() throws InterruptedException {
        long deadline = System.nanoTime() + plan.drainTimeout().toNanos();
        long last = -1;
        long progressAt = System.nanoTime();
        while ((totals.delivered.sum() < totals.expected.sum() || totals.echoes.sum() < totals.sent.sum())
                && System.nanoTime() < deadline) {
            long now = totals.delivered.sum() + totals.echoes.sum();
            if (now != last) {
                last = now;
                progressAt = System.nanoTime();
            } else if (System.nanoTime() - progressAt > STALLED_NANOS) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private BenchReport report(int ready, double setupSeconds, double trafficSeconds, BenchTls tls) {
        Histogram latency = totals.latencies();
        long expected = totals.expected.sum();
        long delivered = totals.delivered.sum();
        return new BenchReport(plan.target().host() + ":" + plan.target().port(), plan.target().tls() ? "TLS 1.3" : "plaintext",
                tls == null ? null : tls.seen(), plan.shape().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                plan.sessions(), ready, plan.rooms(), setupSeconds, setupSeconds > 0 ? ready / setupSeconds : 0,
                totals.sent.sum(), expected, delivered, expected == 0 ? 100.0 : 100.0 * delivered / expected,
                totals.echoes.sum(), trafficSeconds, trafficSeconds > 0 ? delivered / trafficSeconds : 0,
                millis(latency, 50), millis(latency, 90), millis(latency, 99), millis(latency, 99.9),
                latency.getTotalCount() == 0 ? 0 : latency.getMaxValue() / 1000.0, totals.cutOffs.sum(),
                totals.resumptions.sum(), totals.errors());
    }

    private void reportProgress() {
        long lastDelivered = 0;
        try {
            while (true) {
                Thread.sleep(1000);
                long delivered = totals.delivered.sum();
                Histogram latency = totals.latencies();
                progress.printf(Locale.ROOT, "%-10s sessions %d/%d  sent %d  delivered %d/%d (%d/s)  p99 %.1f ms  cut off %d%n",
                        phase, totals.loggedIn.sum(), plan.sessions(), totals.sent.sum(), delivered, totals.expected.sum(),
                        delivered - lastDelivered, millis(latency, 99), totals.cutOffs.sum());
                progress.flush();
                lastDelivered = delivered;
            }
        } catch (InterruptedException e) {
            // The run is over.
        }
    }

    private static double millis(Histogram latency, double percentile) {
        return latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
