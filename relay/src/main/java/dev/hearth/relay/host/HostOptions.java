package dev.hearth.relay.host;

import dev.hearth.relay.RelayDefaults;
import dev.hearth.relay.reach.PortMapping;
import dev.hearth.relay.reach.PortMappingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a relay hosted from the desktop app listens and shows itself. The defaults are what a
 * person who clicked "Host a group" wants: the usual port, the router asked to open it, the relay
 * announced on the local network.
 *
 * @param port the port to listen on first; when another program holds it the relay takes a free
 *     one instead (see {@link HostedRelay}), since a person at a desktop cannot be expected to
 *     find and stop whatever holds it
 * @param portMapping whether and how to ask the home router to forward the port
 * @param lanAnnounce whether to announce the relay on the local network (DNS-SD)
 * @param lease the lease asked of the router
 */
public record HostOptions(int port, PortMappingMode portMapping, boolean lanAnnounce, Duration lease) {

    /** The same variables the command-line relay honours; the build's tests set both to {@code off}. */
    public static final String PORT_MAPPING_ENV = "HEARTH_PORT_MAPPING";
    public static final String LAN_ANNOUNCE_ENV = "HEARTH_RELAY_LAN_ANNOUNCE";

    public HostOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(portMapping, "portMapping");
        Objects.requireNonNull(lease, "lease");
    }

    public static HostOptions defaults() {
        return new HostOptions(RelayDefaults.PORT, PortMappingMode.AUTO, true, PortMapping.DEFAULT_LEASE);
    }

    /**
     * The defaults, turned down by {@value #PORT_MAPPING_ENV} and {@value #LAN_ANNOUNCE_ENV} when
     * set, so a test run (or a person who wants no router asked) keeps both off. Unreadable values
     * are ignored: hosting must not fail over a typo in an environment variable.
     */
    public static HostOptions fromEnvironment(Map<String, String> env) {
        HostOptions options = defaults();
        String mapping = env.get(PORT_MAPPING_ENV);
        if (mapping != null && !mapping.isBlank()) {
            try {
                options = options.withPortMapping(PortMappingMode.parse(mapping));
            } catch (IllegalArgumentException e) {
                // keep the default
            }
        }
        String lan = env.get(LAN_ANNOUNCE_ENV);
        if (lan != null && lan.strip().toLowerCase(Locale.ROOT).equals("off")) {
            options = options.withLanAnnounce(false);
        }
        return options;
    }

    public HostOptions withPort(int otherPort) {
        return new HostOptions(otherPort, portMapping, lanAnnounce, lease);
    }

    public HostOptions withPortMapping(PortMappingMode mode) {
        return new HostOptions(port, mode, lanAnnounce, lease);
    }

    public HostOptions withLanAnnounce(boolean announce) {
        return new HostOptions(port, portMapping, announce, lease);
    }
}
