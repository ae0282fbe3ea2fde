package dev.hearth.relay.reach;

/** The three ways a home router can be asked to forward a port. */
public enum MappingProtocol {
    UPNP_IGD("UPnP-IGD"),
    NAT_PMP("NAT-PMP"),
    PCP("PCP");

    private final String displayName;

    MappingProtocol(String displayName) {
        this.displayName = displayName;
    }

    /** As routers' settings pages and RFCs write it. */
    public String displayName() {
        return displayName;
    }
}
