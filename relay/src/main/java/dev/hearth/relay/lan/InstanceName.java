package dev.hearth.relay.lan;

import dev.hearth.lan.LanRecord;
import java.nio.charset.StandardCharsets;

/**
 * The DNS-SD instance name of a relay: "Hearth on" and its host name, cut to the 63 bytes a DNS
 * label holds without splitting a character. Two relays of the same name are told apart by
 * jmDNS itself, which adds " (2)" when it finds the name taken.
 */
public final class InstanceName {

    private InstanceName() {}

    public static String of(String host) {
        String name = "Hearth on " + host;
        while (name.getBytes(StandardCharsets.UTF_8).length > LanRecord.MAX_NAME_BYTES) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return name;
    }
}
