package dev.hearth.relay.log;

import dev.hearth.relay.net.NetworkPrefix;
import java.net.InetAddress;

/**
 * One connection's lines in the {@link NetworkLog}, each starting with the connection's label
 * ({@code conn#12 192.0.2.7}). Callers pass metadata only: nicks, codes, counts, never text.
 */
public final class PeerLog {
    private final NetworkLog log;
    private final NetworkPrefix network;
    private final String label;

    public PeerLog(NetworkLog log, InetAddress address, String label) {
        this.log = log;
        this.network = NetworkPrefix.of(address);
        this.label = label;
    }

    public void debug(String what) {
        log.log(System.Logger.Level.DEBUG, network, label + ": " + what);
    }

    public void info(String what) {
        log.log(System.Logger.Level.INFO, network, label + ": " + what);
    }

    public void warning(String what) {
        log.log(System.Logger.Level.WARNING, network, label + ": " + what);
    }

    public void error(String what) {
        log.log(System.Logger.Level.ERROR, network, label + ": " + what);
    }
}
