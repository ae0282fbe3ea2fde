package dev.hearth.protocol;

/**
 * A rename: the client asks for {@code nick}; the relay confirms to the renamer with the new
 * {@code nick} and the old one in {@code from}.
 */
public record Nick(String nick, String from, String id) implements Envelope {
    public static final String TYPE = "nick";

    public Nick {
        Ids.check(id);
        Require.present(nick, "\"nick\" needs \"nick\": the new nick");
    }
}
