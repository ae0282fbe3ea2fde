package dev.hearth.protocol;

/** Stops ({@code on}) or resumes delivery of a nick's messages, DMs and typing to this session. */
public record Ignore(String nick, Boolean on, String id) implements Envelope {
    public static final String TYPE = "ignore";

    public Ignore {
        Ids.check(id);
        if (nick == null || on == null) {
            throw new IllegalArgumentException("\"ignore\" needs \"nick\" and \"on\": true or false");
        }
    }
}
