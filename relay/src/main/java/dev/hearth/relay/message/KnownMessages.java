package dev.hearth.relay.message;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every message the relay knows by id (protocol 1.1): room messages while they are in their
 * room's backlog (the room directory says when one leaves it), and the latest {@code dmMemory}
 * direct messages between each two people. Direct messages are remembered without their text,
 * and relay-wide at most {@code dmMemory} × {@value #DM_PAIRS_AT_FULL_MEMORY} of them (the oldest
 * forgotten first), a few hundred bytes each, so that many pairs cannot grow the heap without bound.
 *
 * <p>Guarded by the router lock.
 */
public final class KnownMessages {
    /** How many pairs of people may each have their full direct-message memory at once. */
    public static final int DM_PAIRS_AT_FULL_MEMORY = 100;

    private final int dmMemory;
    private final long dmMemoryRelayWide;
    private final Map<String, KnownMessage> byMid = new HashMap<>();
    private final Map<PairKey, ArrayDeque<KnownMessage>> dmsByPair = new HashMap<>();
    private final LinkedHashSet<KnownMessage> dmsOldestFirst = new LinkedHashSet<>();
    /** Told the blob of every message with a file that is known no more: the file goes with it. */
    private final Consumer<String> fileForgotten;

    public KnownMessages(int dmMemory) {
        this(dmMemory, blob -> { });
    }

    /** @param fileForgotten told the file of each message with one that is known no more */
    public KnownMessages(int dmMemory, Consumer<String> fileForgotten) {
        this.dmMemory = dmMemory;
        this.dmMemoryRelayWide = (long) dmMemory * DM_PAIRS_AT_FULL_MEMORY;
        this.fileForgotten = fileForgotten;
    }

    /** The message with that id, or null when the relay does not know it (or no longer). */
    public KnownMessage find(String mid) {
        return mid == null ? null : byMid.get(mid);
    }

    /** A room message, known until {@link #forget} (it left the backlog) or {@link #deleted}. */
    public void rememberRoomMessage(KnownMessage message) {
        byMid.put(message.mid(), message);
    }

    /** A direct message; the pair's oldest beyond the memory is forgotten. */
    public void rememberDirect(KnownMessage message) {
        if (dmMemory == 0) {
            return;
        }
        KnownMessage.Between between = (KnownMessage.Between) message.where();
        ArrayDeque<KnownMessage> pair = dmsByPair.computeIfAbsent(PairKey.of(between), key -> new ArrayDeque<>());
        pair.addLast(message);
        byMid.put(message.mid(), message);
        dmsOldestFirst.add(message);
        if (pair.size() > dmMemory) {
            forgetDirect(pair.peekFirst());
        }
        while (dmsOldestFirst.size() > dmMemoryRelayWide) {
            forgetDirect(dmsOldestFirst.getFirst());
        }
    }

    /** The message left its room's backlog. */
    public void forget(String mid) {
        if (mid != null) {
            KnownMessage known = byMid.get(mid);
            if (known != null && known.where() instanceof KnownMessage.InRoom) {
                byMid.remove(mid);
                fileGoes(known);
            }
        }
    }

    /** Its author deleted it: it is known no more, for anything. */
    public void deleted(KnownMessage message) {
        if (message.where() instanceof KnownMessage.Between) {
            forgetDirect(message);
        } else if (byMid.remove(message.mid(), message)) {
            fileGoes(message);
        }
    }

    public int size() {
        return byMid.size();
    }

    private void forgetDirect(KnownMessage message) {
        byMid.remove(message.mid(), message);
        if (dmsOldestFirst.remove(message)) {
            fileGoes(message);
        }
        PairKey key = PairKey.of((KnownMessage.Between) message.where());
        ArrayDeque<KnownMessage> pair = dmsByPair.get(key);
        if (pair != null) {
            pair.remove(message);
            if (pair.isEmpty()) {
                dmsByPair.remove(key);
            }
        }
    }

    private void fileGoes(KnownMessage message) {
        if (message.blob() != null) {
            fileForgotten.accept(message.blob());
        }
    }

    /** Two nick keys in a fixed order, whoever wrote to whom. */
    private record PairKey(String low, String high) {
        static PairKey of(KnownMessage.Between between) {
            String a = between.firstKey();
            String b = between.secondKey();
            return a.compareTo(b) <= 0 ? new PairKey(a, b) : new PairKey(b, a);
        }
    }
}
