package dev.hearth.protocol;

/** Sends text to a room the session is a member of. */
public record Say(String room, String text, String id) implements Envelope {
    public static final String TYPE = "say";

    public Say {
        Ids.check(id);
        Require.present(room, "this request needs a \"room\"");
        Require.text(text);
    }

    @Override
    public String toString() {
        return "Say[room=" + room + ", text=(" + (text == null ? 0 : text.length()) + " chars), id=" + id + "]";
    }
}
