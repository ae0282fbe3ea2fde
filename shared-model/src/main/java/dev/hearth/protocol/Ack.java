package dev.hearth.protocol;

/** The client has processed every relay envelope up to and including {@code n}. */
public record Ack(Long n, String id) implements Envelope {
    public static final String TYPE = "ack";

    public Ack {
        Ids.check(id);
    }
}
