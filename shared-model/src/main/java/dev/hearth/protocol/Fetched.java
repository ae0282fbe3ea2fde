package dev.hearth.protocol;

/** Ends the chunks of a {@link Fetch}; {@code next} is where the next window starts, absent at the file's end (protocol 1.1). */
public record Fetched(String blob, Long next, String id) implements Envelope {
    public static final String TYPE = "fetched";

    public Fetched {
        Ids.check(id);
        Require.present(blob, "\"fetched\" needs \"blob\"");
        Require.notNegative(next, "\"next\" must be 0 or more");
    }
}
