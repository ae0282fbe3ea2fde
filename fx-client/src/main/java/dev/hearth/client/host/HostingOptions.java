package dev.hearth.client.host;

import dev.hearth.client.lan.LanSetting;
import dev.hearth.relay.host.HostOptions;
import java.util.Map;
import java.util.Properties;

/**
 * How the app hosts: the relay's defaults (port 7777, the router asked, the group announced on the
 * local network), turned down by the relay's own variables {@code HEARTH_PORT_MAPPING} and
 * {@code HEARTH_RELAY_LAN_ANNOUNCE}, and no announcement while the client itself stays off the
 * local network ({@code -Dhearth.lan=off}). The build's tests set all three, so no test asks a
 * real router or multicasts. {@value #PORT_PROPERTY} picks another port than 7777 (tests use 0,
 * any free port).
 */
public final class HostingOptions {

    public static final String PORT_PROPERTY = "hearth.host.port";

    private HostingOptions() {}

    public static HostOptions from(Map<String, String> env, Properties system) {
        HostOptions options = HostOptions.fromEnvironment(env);
        String port = system.getProperty(PORT_PROPERTY);
        if (port != null && !port.isBlank()) {
            try {
                options = options.withPort(Integer.parseInt(port.strip()));
            } catch (IllegalArgumentException e) {
                // not a port: the usual one
            }
        }
        return LanSetting.from(system) instanceof LanSetting.Off ? options.withLanAnnounce(false) : options;
    }
}
