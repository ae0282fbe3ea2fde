package dev.hearth.protocol;

/** Asks to join (and create, if needed) a room. */
public record Join(String room, String id) implements Envelope {
    public static final String TYPE = "join";

    public Join {
        Ids.check(id);
        Require.present(room, "this request needs a \"room\"");
    }
}
