package dev.hearth.protocol;

/** Turns delivery of a room's messages to this session off ({@code on}) or back on. */
public record Mute(String room, Boolean on, String id) implements Envelope {
    public static final String TYPE = "mute";

    public Mute {
        Ids.check(id);
        Require.present(on, "\"mute\" needs \"on\": true or false");
        Require.present(room, "this request needs a \"room\"");
    }
}
