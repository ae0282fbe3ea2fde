package dev.hearth.client.lan;

import dev.hearth.lan.InvalidLanRecordException;
import dev.hearth.lan.LanRecord;
import dev.hearth.lan.LanTxt;
import dev.hearth.relay.reach.PublicAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;

/**
 * Listens for relays announcing themselves on the local network (DNS-SD
 * {@value LanTxt#SERVICE_TYPE}) and reports each as a {@link LanChange}. An announcement whose TXT
 * record {@link LanTxt} refuses is left out: it is not a relay this client could use, or not a
 * relay at all.
 *
 * <p>Threads: {@link #start} returns at once; a virtual thread opens jmDNS (a socket and its
 * threads); jmDNS's own threads then call the listener, which only hands {@code changes} a value
 * (the FX hand-off's {@code offer} in the app). {@link #close} on any thread.
 */
public final class LanBrowser implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LanBrowser.class.getName());
    private static final Duration OPEN_LIMIT = Duration.ofSeconds(10);

    private final InetAddress on;
    private final Consumer<LanChange> changes;
    private final Thread opening;
    private JmDNS jmdns; // Guarded by this
    private boolean closed; // Guarded by this

    private LanBrowser(InetAddress on, Consumer<LanChange> changes) {
        this.on = on;
        this.changes = changes;
        this.opening = Thread.ofVirtual().name("hearth-lan-browse").unstarted(this::open);
    }

    /** @param on the address whose network to listen on, or null for the one toward the internet */
    public static LanBrowser start(InetAddress on, Consumer<LanChange> changes) {
        LanBrowser browser = new LanBrowser(on, Objects.requireNonNull(changes, "changes"));
        browser.opening.start();
        return browser;
    }

    private void open() {
        try {
            // Left to itself jmDNS takes the first address it finds (127.0.1.1 on Debian, a link-local
            // IPv6, a container bridge); the one toward the internet is the home network's.
            JmDNS opened = JmDNS.create(on != null ? on : PublicAddresses.towardTheInternet().orElse(null), null);
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                jmdns = opened;
            }
            opened.addServiceListener(LanTxt.SERVICE_TYPE, new Listener(opened));
        } catch (IOException | RuntimeException e) {
            // No network, or multicast refused: the list stays empty, which is what the user sees.
            LOG.log(System.Logger.Level.INFO, "not listening for relays on the local network: {0}", e.toString());
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            opening.join(OPEN_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        JmDNS open;
        synchronized (this) {
            open = jmdns;
            jmdns = null;
        }
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the LAN listener: {0}", e.toString());
            }
        }
    }

    /** jmDNS's threads: turns what it heard into values, nothing more. */
    private final class Listener implements ServiceListener {
        private final JmDNS jmdns;

        Listener(JmDNS jmdns) {
            this.jmdns = jmdns;
        }

        @Override
        public void serviceAdded(ServiceEvent event) {
            jmdns.requestServiceInfo(event.getType(), event.getName());
        }

        @Override
        public void serviceRemoved(ServiceEvent event) {
            changes.accept(new LanChange.Lost(LanChange.keyOf(event.getName())));
        }

        @Override
        public void serviceResolved(ServiceEvent event) {
            ServiceInfo info = event.getInfo();
            InetAddress[] addresses = info.getInet4Addresses().length > 0 ? info.getInet4Addresses()
                    : info.getInetAddresses();
            if (addresses.length == 0) {
                return; // resolved again once its address arrives
            }
            try {
                LanRecord record = LanTxt.read(info.getName(), addresses[0].getHostAddress(), info.getPort(), txt(info));
                changes.accept(new LanChange.Found(LanChange.keyOf(info.getName()), record));
            } catch (InvalidLanRecordException e) {
                LOG.log(System.Logger.Level.DEBUG, "ignoring an announcement: {0}", e.getMessage());
            }
        }

        private static Map<String, String> txt(ServiceInfo info) {
            Map<String, String> txt = new HashMap<>();
            for (String key : Collections.list(info.getPropertyNames())) {
                txt.put(key, info.getPropertyString(key));
            }
            return txt;
        }
    }
}
