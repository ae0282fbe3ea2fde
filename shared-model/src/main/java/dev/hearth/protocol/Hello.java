package dev.hearth.protocol;

/**
 * Opens or resumes a session. A fresh login names a {@code nick}; a resumption names the
 * {@code resume} token from an earlier {@link Welcome} and the {@code last} {@code n} processed.
 */
public record Hello(Integer v, String nick, String password, String client, String resume, Long last, String id)
        implements Envelope {
    public static final String TYPE = "hello";
    public static final int VERSION = 1;

    public Hello {
        Ids.check(id);
    }

    public static Hello login(String nick, String password, String client) {
        return new Hello(VERSION, nick, password, client, null, null, null);
    }

    public static Hello resume(String token, long last, String password, String client) {
        return new Hello(VERSION, null, password, client, token, last, null);
    }

    /** Keeps the password out of accidental {@code toString} logging. */
    @Override
    public String toString() {
        return "Hello[v=" + v + ", nick=" + nick + ", password=" + (password == null ? "absent" : "***")
                + ", client=" + client + ", resume=" + (resume == null ? "absent" : "***")
                + ", last=" + last + ", id=" + id + "]";
    }
}
