package dev.hearth.protocol;

/** Confirms a {@link Mute}. */
public record Muted(String room, Boolean on, String id) implements Envelope {
    public static final String TYPE = "muted";

    public Muted {
        Ids.check(id);
        Require.present(room, "\"muted\" needs \"room\"");
        Require.present(on, "\"muted\" needs \"on\": true or false");
    }
}
