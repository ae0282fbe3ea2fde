package dev.hearth.protocol;

/** Confirms an {@link Ignore}. */
public record Ignored(String nick, Boolean on, String id) implements Envelope {
    public static final String TYPE = "ignored";

    public Ignored {
        Ids.check(id);
        Require.present(nick, "\"ignored\" needs \"nick\"");
        Require.present(on, "\"ignored\" needs \"on\": true or false");
    }
}
