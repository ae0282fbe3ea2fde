package dev.hearth.protocol;

/** Confirms a {@link Leave}. */
public record Left(String room, String id) implements Envelope {
    public static final String TYPE = "left";

    public Left {
        Ids.check(id);
        Require.present(room, "\"left\" needs \"room\"");
    }
}
