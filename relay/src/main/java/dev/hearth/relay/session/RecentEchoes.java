package dev.hearth.relay.session;

import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The echoes of a session's last delivered say/dm, by request id, so a resend after a resumption
 * is answered with the original instead of being delivered twice. An echo holds its text, up to
 * 16 KB, so a thousand of them are memory the relay-wide {@link ReplayBudget} counts like the
 * replay buffer's.
 *
 * <p>Guarded by the router lock.
 */
public final class RecentEchoes {
    /** What an echo costs besides its text and id: the record, its timestamp, the map entry. */
    static final long ECHO_OVERHEAD_BYTES = 160;

    private final Map<String, Envelope> byId;
    private long heldBytes;

    public RecentEchoes(int capacity) {
        this.byId = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Envelope> eldest) {
                if (size() > capacity) {
                    heldBytes -= cost(eldest.getKey(), eldest.getValue());
                    return true;
                }
                return false;
            }
        };
    }

    /** Only through its session, which tells the relay-wide budget. */
    void remember(String id, Envelope echo) {
        if (id != null) {
            Envelope replaced = byId.put(id, echo);
            if (replaced != null) {
                heldBytes -= cost(id, replaced);
            }
            heldBytes += cost(id, echo);
        }
    }

    /** Every remembered echo of message {@code mid} becomes {@code redacted}: its author deleted it. */
    void redact(String mid, Envelope redacted) {
        for (Map.Entry<String, Envelope> entry : byId.entrySet()) {
            if (mid.equals(midOf(entry.getValue()))) {
                heldBytes += cost(entry.getKey(), redacted) - cost(entry.getKey(), entry.getValue());
                entry.setValue(redacted);
            }
        }
    }

    private static String midOf(Envelope echo) {
        return switch (echo) {
            case Message m -> m.mid();
            case Dm d -> d.mid();
            default -> null;
        };
    }

    /** The original echo for {@code id}, or null. */
    public Envelope find(String id) {
        return id == null ? null : byId.get(id);
    }

    void forgetAll() {
        byId.clear();
        heldBytes = 0;
    }

    /** About what the echoes cost in memory. */
    long heldBytes() {
        return heldBytes;
    }

    /** Two bytes a character, the most a Java string takes. */
    private static long cost(String id, Envelope echo) {
        int text = switch (echo) {
            case Message m -> m.text() == null ? 0 : m.text().length();
            case Dm d -> d.text() == null ? 0 : d.text().length();
            default -> 0;
        };
        return ECHO_OVERHEAD_BYTES + 2L * (text + id.length());
    }
}
