package dev.hearth.protocol;

/** Ends the session at once; no grace period, no resumption. */
public record Bye(String id) implements Envelope {
    public static final String TYPE = "bye";

    public Bye {
        Ids.check(id);
    }
}
