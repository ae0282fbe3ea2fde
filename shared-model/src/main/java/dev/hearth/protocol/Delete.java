package dev.hearth.protocol;

/** Deletes one of the sender's own messages (protocol 1.1). */
public record Delete(String mid, String id) implements Envelope {
    public static final String TYPE = "delete";

    public Delete {
        Ids.check(id);
        MessageIds.checkPresent(mid, "mid", TYPE);
    }
}
