package dev.hearth.relay.reach;

import java.util.List;
import java.util.Locale;

/** What {@code --port-mapping} asks for: any protocol the router speaks, one of them, or none. */
public enum PortMappingMode {
    AUTO(List.of(MappingProtocol.UPNP_IGD, MappingProtocol.PCP, MappingProtocol.NAT_PMP)),
    UPNP(List.of(MappingProtocol.UPNP_IGD)),
    NATPMP(List.of(MappingProtocol.NAT_PMP)),
    PCP(List.of(MappingProtocol.PCP)),
    OFF(List.of());

    private final List<MappingProtocol> protocols;

    PortMappingMode(List<MappingProtocol> protocols) {
        this.protocols = protocols;
    }

    /** The protocols tried, in order of preference: UPnP-IGD first since most home routers speak it. */
    public List<MappingProtocol> protocols() {
        return protocols;
    }

    /** The word on the command line and in the config file. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the words that are understood */
    public static PortMappingMode parse(String word) {
        for (PortMappingMode mode : values()) {
            if (mode.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not one of auto, upnp, natpmp, pcp, off");
    }
}
