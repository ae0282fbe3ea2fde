package dev.hearth.protocol;

/** Asks to leave a room. */
public record Leave(String room, String id) implements Envelope {
    public static final String TYPE = "leave";

    public Leave {
        Ids.check(id);
        Require.present(room, "this request needs a \"room\"");
    }
}
