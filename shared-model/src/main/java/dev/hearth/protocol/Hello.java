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
        Require.present(v, "\"hello\" needs \"v\": 1");
        // Another version's hello may be shaped otherwise; it must still decode so the relay can
        // answer unsupported-version instead of bad-request.
        if (v == VERSION) {
            if (resume == null) {
                Require.present(nick, "\"hello\" needs \"nick\" (or \"resume\")");
            } else if (last == null || last < 0) {
                throw new IllegalArgumentException("resuming needs \"last\": the last n you processed");
            }
        }
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
