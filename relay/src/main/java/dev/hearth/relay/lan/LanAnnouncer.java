package dev.hearth.relay.lan;

import dev.hearth.lan.LanRecord;
import dev.hearth.lan.LanTxt;
import dev.hearth.protocol.Hello;
import dev.hearth.relay.reach.PublicAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/**
 * Announces the relay on the local network with DNS-SD over multicast DNS
 * ({@value LanTxt#SERVICE_TYPE}), so a client there lists it under "On this network". Friends
 * still confirm the fingerprint: anyone on the network can announce anything.
 *
 * <p>Threads: {@link #start} returns at once; a virtual thread ({@code hearth-lan-announce})
 * opens jmDNS and registers the service, which probes the network for a unique name first (about
 * a second and a half), then reports one line. {@link #close} runs on whichever thread stops the
 * relay: it waits for the registration, unregisters (jmDNS sends goodbye packets, so listeners
 * drop the relay at once rather than when their cache expires) and closes the socket.
 */
public final class LanAnnouncer implements AutoCloseable {

    /** jmDNS gives up waiting for its own probes after 6 s; a little more covers opening the socket. */
    private static final Duration REGISTRATION_LIMIT = Duration.ofSeconds(10);

    private final Announcement announcement;
    private final InetAddress on;
    private final Consumer<String> report;
    private final Thread registering;
    private JmDNS jmdns; // Guarded by this
    private boolean closed; // Guarded by this

    private LanAnnouncer(Announcement announcement, InetAddress on, Consumer<String> report) {
        this.announcement = announcement;
        this.on = on;
        this.report = report;
        this.registering = Thread.ofVirtual().name("hearth-lan-announce").unstarted(this::register);
    }

    /**
     * Starts announcing.
     *
     * @param on     the address whose interface to announce on; null: the one toward the internet
     *               (the home network), else whatever jmDNS picks
     * @param report told one line: announced (and as what, since jmDNS may have renamed it), or why not
     */
    public static LanAnnouncer start(Announcement announcement, InetAddress on, Consumer<String> report) {
        LanAnnouncer announcer = new LanAnnouncer(Objects.requireNonNull(announcement, "announcement"), on,
                Objects.requireNonNull(report, "report"));
        announcer.registering.start();
        return announcer;
    }

    private void register() {
        JmDNS opened = null;
        try {
            opened = JmDNS.create(on != null ? on : PublicAddresses.towardTheInternet().orElse(null), null);
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                jmdns = opened;
            }
            InetAddress address = opened.getInetAddress();
            LanRecord record = new LanRecord(announcement.name(), address.getHostAddress(), announcement.port(),
                    announcement.fingerprint(), announcement.passwordRequired(), Hello.VERSION);
            ServiceInfo info = ServiceInfo.create(LanTxt.SERVICE_TYPE, record.name(), record.port(), 0, 0,
                    LanTxt.write(record));
            opened.registerService(info);
            report.accept("announced on the local network as \"" + info.getName() + "\" ("
                    + LanTxt.SERVICE_TYPE + " on " + address.getHostAddress() + ")");
        } catch (IOException | RuntimeException e) {
            report.accept("warning: not announced on the local network: " + describe(e));
        }
    }

    /** Waits for a registration under way, then withdraws the announcement. Idempotent. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        try {
            registering.join(REGISTRATION_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        JmDNS open;
        synchronized (this) {
            open = jmdns;
            jmdns = null;
        }
        if (open != null) {
            open.unregisterAllServices();
            open.close();
        }
    }

    /** The operating system's reason, without a stack trace; never more than the exception says. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
