package dev.hearth.relay.session;

import dev.hearth.protocol.Envelope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The echoes of a session's last delivered say/dm, by request id, so a resend after a resumption
 * is answered with the original instead of being delivered twice.
 *
 * <p>Guarded by the router lock.
 */
public final class RecentEchoes {
    private final Map<String, Envelope> byId;

    public RecentEchoes(int capacity) {
        this.byId = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Envelope> eldest) {
                return size() > capacity;
            }
        };
    }

    public void remember(String id, Envelope echo) {
        if (id != null) {
            byId.put(id, echo);
        }
    }

    /** The original echo for {@code id}, or null. */
    public Envelope find(String id) {
        return id == null ? null : byId.get(id);
    }
}
