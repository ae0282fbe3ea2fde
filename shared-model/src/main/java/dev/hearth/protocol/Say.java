package dev.hearth.protocol;

/** Sends text to a room the session is a member of; protocol 1.1 adds the {@code reply} it answers. */
public record Say(String room, String text, String reply, String id) implements Envelope {
    public static final String TYPE = "say";

    public Say {
        Ids.check(id);
        Require.present(room, "this request needs a \"room\"");
        Require.text(text);
        MessageIds.checkIfPresent(reply, "reply");
    }

    /** A say as protocol version 1 has it: no reply. */
    public Say(String room, String text, String id) {
        this(room, text, null, id);
    }

    @Override
    public String toString() {
        return "Say[room=" + room + ", text=(" + (text == null ? 0 : text.length()) + " chars), reply=" + reply
                + ", id=" + id + "]";
    }
}
