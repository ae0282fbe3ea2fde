package dev.hearth.protocol;

/** The answer to a {@link Ping}. */
public record Pong(String id) implements Envelope {
    public static final String TYPE = "pong";

    public Pong {
        Ids.check(id);
    }
}
