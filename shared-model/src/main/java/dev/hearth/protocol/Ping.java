package dev.hearth.protocol;

/** Either side asks the other for a {@link Pong}. */
public record Ping(String id) implements Envelope {
    public static final String TYPE = "ping";

    public Ping {
        Ids.check(id);
    }
}
