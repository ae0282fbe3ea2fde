package dev.hearth.protocol;

/** The client has processed every relay envelope up to and including {@code n}. */
public record Ack(Long n, String id) implements Envelope {
    public static final String TYPE = "ack";

    public Ack {
        Ids.check(id);
        Require.present(n, "\"ack\" needs \"n\"");
        Require.notNegative(n, "\"ack\" needs \"n\" of 0 or more");
    }
}
