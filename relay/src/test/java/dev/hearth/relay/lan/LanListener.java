package dev.hearth.relay.lan;

import dev.hearth.lan.LanRecord;
import dev.hearth.lan.LanTxt;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;

/**
 * A test's own DNS-SD browser: jmDNS on one address, recording each {@code _hearth._tcp}
 * instance resolved (with its TXT read by {@link LanTxt}) and removed, with when it happened.
 */
public final class LanListener implements AutoCloseable {

    /** Something heard: {@code record} is null for a removal. */
    public record Heard(String name, LanRecord record, long nanoTime) {}

    private final JmDNS jmdns;
    private final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();

    private LanListener(JmDNS jmdns) {
        this.jmdns = jmdns;
        jmdns.addServiceListener(LanTxt.SERVICE_TYPE, new ServiceListener() {
            @Override
            public void serviceAdded(ServiceEvent event) {
                jmdns.requestServiceInfo(event.getType(), event.getName());
            }

            @Override
            public void serviceRemoved(ServiceEvent event) {
                heard.add(new Heard(event.getName(), null, System.nanoTime()));
            }

            @Override
            public void serviceResolved(ServiceEvent event) {
                ServiceInfo info = event.getInfo();
                InetAddress[] addresses = info.getInet4Addresses();
                if (addresses.length > 0) {
                    heard.add(new Heard(event.getName(), LanTxt.read(info.getName(), addresses[0].getHostAddress(),
                            info.getPort(), txt(info)), System.nanoTime()));
                }
            }
        });
    }

    public static LanListener on(InetAddress address) throws IOException {
        return new LanListener(JmDNS.create(address, "hearth-test-listener"));
    }

    /** The first thing heard that {@code wanted} accepts, waiting at most {@code timeout}. */
    public Heard await(Predicate<Heard> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Heard next = heard.poll(left, TimeUnit.NANOSECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        throw new AssertionError("nothing wanted heard on the LAN within " + timeout);
    }

    private static Map<String, String> txt(ServiceInfo info) {
        Map<String, String> txt = new HashMap<>();
        for (String key : Collections.list(info.getPropertyNames())) {
            txt.put(key, info.getPropertyString(key));
        }
        return txt;
    }

    @Override
    public void close() throws IOException {
        jmdns.close();
    }
}
